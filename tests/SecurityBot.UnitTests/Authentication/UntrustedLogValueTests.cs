using SecurityBot.BotFramework.Logging;

namespace SecurityBot.UnitTests.Authentication;

public sealed class UntrustedLogValueTests
{
    [Fact]
    public void Of_ControlAndFormattingCharacters_Removed()
    {
        UntrustedLogValue.Of("kid\r\nInformation: forged\u001b[31m\u202Etxt.exe\u2028").Should().Be("kidInformation: forged[31mtxt.exe");
    }

    [Fact]
    public void Of_LongValue_CutToMaxLengthWithAnEllipsis()
    {
        var value = UntrustedLogValue.Of(new string('a', 1000));

        value.Should().Be(new string('a', UntrustedLogValue.MaxLength) + "…");
    }

    [Fact]
    public void Of_SurrogatePairAtTheLimit_NotSplit()
    {
        var value = UntrustedLogValue.Of(new string('a', UntrustedLogValue.MaxLength - 1) + "😀😀");

        value.Should().Be(new string('a', UntrustedLogValue.MaxLength - 1) + "…");
    }

    [Fact]
    public void Of_Null_SaysNone()
    {
        UntrustedLogValue.Of(null).Should().Be("(none)");
    }
}
