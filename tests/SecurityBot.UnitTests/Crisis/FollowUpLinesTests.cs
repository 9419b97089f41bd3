using SecurityBot.Crisis.Domain;

namespace SecurityBot.UnitTests.Crisis;

public sealed class FollowUpLinesTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void TryParse_GoodLinesAndBlankOnes_ReadsEachActionWithItsLineNumber()
    {
        var ok = FollowUpLines.TryParse(" jinp@example.com | 2026-03-10 | Enforce MFA | on the VPN \r\n\r\namaran@example.com|2026-03-02|Drill", Today, out var lines, out var errors);

        ok.Should().BeTrue();
        errors.Should().BeEmpty();
        lines.Should().Equal(
            new FollowUpLine(1, "jinp@example.com", new DateOnly(2026, 3, 10), "Enforce MFA | on the VPN"),
            new FollowUpLine(3, "amaran@example.com", Today, "Drill"));
    }

    [Fact]
    public void TryParse_EmptyBox_IsNoActions()
    {
        FollowUpLines.TryParse(null, Today, out var lines, out var errors).Should().BeTrue();
        lines.Should().BeEmpty();
        errors.Should().BeEmpty();
    }

    [Theory]
    [InlineData("jinp@example.com 2026-03-10 Enforce MFA", "Line 1: expected")]
    [InlineData(" | 2026-03-10 | Enforce MFA", "Line 1: the owner's e-mail address is missing.")]
    [InlineData("Jin Park | 2026-03-10 | Enforce MFA", "Line 1: \"Jin Park\" is not an e-mail address.")]
    [InlineData("jinp@example.com | 10/03/2026 | Enforce MFA", "Line 1: \"10/03/2026\" is not a date: write it as YYYY-MM-DD.")]
    [InlineData("jinp@example.com | 2026-02-30 | Enforce MFA", "Line 1: \"2026-02-30\" is not a date")]
    [InlineData("jinp@example.com | 2026-03-01 | Enforce MFA", "Line 1: 2026-03-01 is in the past.")]
    [InlineData("jinp@example.com | 2026-03-10 |  ", "Line 1: say what is to be done")]
    public void TryParse_BadLine_SaysWhatIsWrongWithIt(string line, string expected)
    {
        FollowUpLines.TryParse(line, Today, out var lines, out var errors).Should().BeFalse();

        lines.Should().BeEmpty();
        errors.Should().ContainSingle().Which.Should().StartWith(expected);
    }

    [Fact]
    public void TryParse_SeveralBadLines_ReportsEveryOneByItsNumber()
    {
        var text = "jinp@example.com | 2026-03-10 | Fine\nnope\n\nx@y | someday | Drill";

        FollowUpLines.TryParse(text, Today, out _, out var errors).Should().BeFalse();

        errors.Select(e => e[..7]).Should().Equal("Line 2:", "Line 4:");
    }

    [Fact]
    public void TryParse_ActionTooLong_IsRefused()
    {
        var text = $"jinp@example.com | 2026-03-10 | {new string('a', FollowUpAction.MaxTextLength + 1)}";

        FollowUpLines.TryParse(text, Today, out _, out var errors).Should().BeFalse();

        errors.Single().Should().Contain($"at most {FollowUpAction.MaxTextLength}");
    }

    [Fact]
    public void TryParse_MoreThanTheMaximum_IsRefused()
    {
        var text = string.Join('\n', Enumerable.Repeat("jinp@example.com | 2026-03-10 | Drill", FollowUpLines.MaxActions + 1));

        FollowUpLines.TryParse(text, Today, out _, out var errors).Should().BeFalse();

        errors.Single().Should().StartWith($"At most {FollowUpLines.MaxActions} follow-up actions");
    }
}
