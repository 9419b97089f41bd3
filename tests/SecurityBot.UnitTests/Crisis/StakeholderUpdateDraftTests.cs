using SecurityBot.Crisis.Domain;

namespace SecurityBot.UnitTests.Crisis;

public sealed class StakeholderUpdateDraftTests
{
    [Fact]
    public void TryParse_StatusAndImpact_SplitsAtImpactLabel()
    {
        StakeholderUpdateDraft.TryParse("Contained at 10:40, restoring from backup  Impact: finance file share offline", out var draft, out var error)
            .Should().BeTrue();

        error.Should().BeNull();
        draft!.Status.Should().Be("Contained at 10:40, restoring from backup");
        draft.Impact.Should().Be("finance file share offline");
    }

    [Fact]
    public void TryParse_StatusOnly_HasNoImpact()
    {
        StakeholderUpdateDraft.TryParse("Investigating", out var draft, out _).Should().BeTrue();

        draft!.Impact.Should().BeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("impact: everyone")]
    public void TryParse_NoStatus_IsRefusedWithTheUsage(string text)
    {
        StakeholderUpdateDraft.TryParse(text, out var draft, out var error).Should().BeFalse();

        draft.Should().BeNull();
        error.Should().Contain("update <status>");
    }

    [Fact]
    public void TryParse_StatusTooLong_IsRefusedWithTheLimit()
    {
        StakeholderUpdateDraft.TryParse(new string('x', StakeholderUpdateDraft.MaxStatusLength + 1), out _, out var error).Should().BeFalse();

        error.Should().Contain($"at most {StakeholderUpdateDraft.MaxStatusLength}");
    }
}
