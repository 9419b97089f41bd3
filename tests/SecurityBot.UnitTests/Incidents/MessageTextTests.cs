using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

public sealed class MessageTextTests
{
    [Fact]
    public void FromTeams_LinkWhoseTextDiffers_WritesTheRealTargetNextToIt()
    {
        var text = MessageText.FromTeams("<p>Please <a href=\"https://evil.example/x?a=1&amp;b=2\">open the HR portal</a></p>", "html");

        text.Should().Be("Please open the HR portal (https://evil.example/x?a=1&b=2)");
    }

    [Fact]
    public void FromTeams_LinkShowingItsTarget_WrittenOnce()
    {
        MessageText.FromTeams("<a href=\"https://a.example/\">https://a.example/</a>", "html").Should().Be("https://a.example/");
    }

    [Fact]
    public void FromTeams_ParagraphsBreaksAndEntities_PlainLinesEntitiesDecodedOnce()
    {
        var text = MessageText.FromTeams("<div><p>Hi&nbsp;there</p><p>line<br/>two &amp;lt;b&amp;gt;</p><script>x</script></div>", "html");

        text.Should().Be("Hi\u00A0there\nline\ntwo &lt;b&gt;\nx");
    }

    [Fact]
    public void FromTeams_PlainText_KeptAsIs()
    {
        MessageText.FromTeams("  <b>not html</b> ", "text").Should().Be("<b>not html</b>");
    }

    [Fact]
    public void FromTeams_HugeBody_BoundedToTheStoredLength()
    {
        var text = MessageText.FromTeams("<p>" + new string('a', 100_000) + "</p>", "html");

        text.Length.Should().Be(QuotedMessage.MaxTextLength);
        text.Should().EndWith("…");
    }

    [Fact]
    public void FromTeams_Empty_Empty()
    {
        MessageText.FromTeams(null, "html").Should().BeEmpty();
    }
}
