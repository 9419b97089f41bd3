using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicyRequestParserTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("list")]
    [InlineData("ALL")]
    [InlineData(null)]
    public void Parse_NothingOrList_ListsTheLibrary(string? arguments)
    {
        PolicyRequestParser.Parse(arguments, StarterLibrary.Instance).Kind.Should().Be(PolicyRequestKind.Library);
    }

    [Theory]
    [InlineData("status")]
    [InlineData(" Status ")]
    public void Parse_Status_ShowsTheLoadReport(string arguments)
    {
        PolicyRequestParser.Parse(arguments, StarterLibrary.Instance).Kind.Should().Be(PolicyRequestKind.Status);
    }

    [Theory]
    [InlineData("passwords", "passwords")]
    [InlineData("REMOVABLE-MEDIA", "removable-media")]
    [InlineData("\"passwords\"", "passwords")]
    [InlineData("“clean-desk”", "clean-desk")]
    [InlineData("show passwords", "passwords")]
    [InlineData("show policy usb", "removable-media")]
    [InlineData("show the password policy", "passwords")]
    [InlineData("open encryption", "encryption")]
    [InlineData("show 'Email and Phishing Policy'", "email-phishing")]
    public void Parse_IdOrShowName_ShowsThatPolicy(string arguments, string id)
    {
        var request = PolicyRequestParser.Parse(arguments, StarterLibrary.Instance);

        request.Kind.Should().Be(PolicyRequestKind.Show);
        request.Policy!.Id.Should().Be(id);
    }

    [Theory]
    [InlineData("usb", "usb")]
    [InlineData("can I use a USB stick?", "can I use a USB stick?")]
    [InlineData("  how   long must\nmy password be ", "how long must my password be")]
    [InlineData("\"usb\" OR (AND title:* NEAR/3 -", "\"usb\" OR (AND title:* NEAR/3 -")]
    public void Parse_Question_SearchesTheTidiedText(string arguments, string question)
    {
        var request = PolicyRequestParser.Parse(arguments, StarterLibrary.Instance);

        request.Kind.Should().Be(PolicyRequestKind.Search);
        request.Text.Should().Be(question);
    }

    [Fact]
    public void Parse_ShowUnknownName_SearchesTheName()
    {
        var request = PolicyRequestParser.Parse("show xyzzy plugh", StarterLibrary.Instance);

        request.Should().Be(PolicyRequest.Search("xyzzy plugh"));
    }

    [Fact]
    public void Parse_VeryLongText_IsBounded()
    {
        var request = PolicyRequestParser.Parse(string.Concat(Enumerable.Repeat("usb stick ", 10_000)), StarterLibrary.Instance);

        request.Kind.Should().Be(PolicyRequestKind.Search);
        request.Text.Length.Should().BeLessThanOrEqualTo(300);
    }
}
