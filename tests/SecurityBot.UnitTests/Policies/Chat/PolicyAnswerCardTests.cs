using SecurityBot.Policies.Teams;

namespace SecurityBot.UnitTests.Policies.Chat;

public class PolicyAnswerCardTests
{
    [Fact]
    public void Respond_Question_ShowsTopThreeSectionsWithCitationVersionAndHighlight()
    {
        var card = PolicyChat.Responder.Respond("can I use my personal USB stick?").ToJsonElement();
        var answers = card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Container").ToList();

        answers.Should().HaveCount(3);
        var first = answers[0].GetProperty("items");
        first[0].GetProperty("text").GetString().Should().Be("**Removable Media Policy** · §2.2 Personal USB devices");
        first[1].GetProperty("text").GetString().Should().StartWith("Version 1.2 · effective 2026-02-15");
        first[2].GetProperty("text").GetString().Should().Contain("**Personal USB sticks**");
    }

    [Fact]
    public void Respond_Question_EveryAnswerOffersOpenAndException()
    {
        var card = PolicyChat.Responder.Respond("usb").ToJsonElement();
        var actions = PolicyChat.Actions(card);

        actions.Where(a => a.GetProperty("title").GetString() == "Open full policy").Should().HaveCount(3).And.AllSatisfy(a =>
        {
            a.GetProperty("type").GetString().Should().Be("Action.Execute");
            a.GetProperty("verb").GetString().Should().Be("policy.open");
            a.GetProperty("data").GetProperty("policyId").GetString().Should().NotBeNullOrEmpty();
            a.GetProperty("data").GetProperty("query").GetString().Should().Be("usb");
        });
        var exceptions = actions.Where(a => a.GetProperty("title").GetString() == "Request an exception").ToList();
        exceptions.Should().HaveCount(3);
        var data = exceptions[0].GetProperty("data");
        exceptions[0].GetProperty("verb").GetString().Should().Be("risk.request.open");
        data.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("policyId", "section");
        data.GetProperty("policyId").GetString().Should().Be("removable-media");
        data.GetProperty("section").GetString().Should().MatchRegex(@"^\d+(\.\d+)*$");
    }

    [Fact]
    public void Respond_Typo_SaysWhatWasSearched()
    {
        var texts = PolicyChat.Texts(PolicyChat.Responder.Respond("pasword length").ToJsonElement());

        texts.Should().Contain(t => t.StartsWith("Searched for **password** instead of “pasword”", StringComparison.Ordinal));
    }

    [Fact]
    public void Respond_NoMatch_SaysSoAndOffersCloseTermsAsButtons()
    {
        var card = PolicyChat.Responder.Respond("bdgae").ToJsonElement();

        PolicyChat.Texts(card)[0].Should().Be("No policy matches that");
        var buttons = PolicyChat.Actions(card);
        buttons.Should().NotBeEmpty().And.HaveCountLessThanOrEqualTo(5).And.AllSatisfy(b =>
        {
            b.GetProperty("verb").GetString().Should().Be("policy.search");
            b.GetProperty("data").GetProperty("query").GetString().Should().Be(b.GetProperty("title").GetString());
        });
    }

    [Theory]
    [InlineData("**URGENT** [reset](https://evil.example) <at>CEO</at> usb")]
    [InlineData("\"usb\" OR (title:* AND NEAR/3) -password")]
    [InlineData("<at>CEO</at> zzqqxx")]
    public void Respond_HostileQuestion_IsEscapedEverywhere(string question)
    {
        var card = PolicyChat.Responder.Respond(question);
        var texts = PolicyChat.Texts(card.ToJsonElement());

        texts.Should().AllSatisfy(t => t.Should().NotContain("<at").And.NotContain("](").And.NotContain("https:"));
        card.FallbackText.Should().NotContain("<at");
    }

    [Fact]
    public void Respond_PolicyId_ShowsSummaryWithEverySection()
    {
        var policy = StarterLibrary.Instance.Find("passwords")!;
        var card = PolicyChat.Responder.Respond("passwords").ToJsonElement();
        var texts = string.Join("\n", PolicyChat.Texts(card));

        texts.Should().Contain(policy.Title);
        foreach (var section in policy.Sections)
        {
            texts.Should().Contain(section.Heading);
        }

        var facts = card.GetProperty("body")[1].GetProperty("facts").EnumerateArray().ToDictionary(f => f.GetProperty("title").GetString()!, f => f.GetProperty("value").GetString());
        facts["Version"].Should().Be(policy.Version);
        facts["Owner"].Should().Be(policy.Owner);
        var actions = PolicyChat.Actions(card);
        actions.Select(a => a.GetProperty("title").GetString()).Should().Equal("Open full policy", "Request an exception");
        actions[1].GetProperty("data").EnumerateObject().Select(p => p.Name).Should().Equal(["policyId"], "the whole policy: no section");
    }

    [Fact]
    public void Respond_Policies_ListsEveryPolicyById()
    {
        var card = PolicyChat.Responder.Respond(PolicyRequest.Library).ToJsonElement();
        var rows = card.GetProperty("body").EnumerateArray().Skip(2)
            .Select(e => PolicyChat.Texts(e))
            .ToList();

        rows.Should().HaveCount(12);
        rows.Should().ContainEquivalentOf(new[] { "**Removable Media Policy** v1.2", "removable-media" });
        rows.Select(r => r[1]).Should().BeEquivalentTo(StarterLibrary.Instance.Policies.Select(p => p.Id));
    }

    [Fact]
    public void Respond_Status_ReportsSkippedFilesWithReasons()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("good.md", TempPolicyFolder.ValidPolicy("good"));
        folder.Write("broken.md", "---\nid: [unclosed\n---\n# x\n");
        var library = StarterLibrary.Create(folder.Path);
        var responder = new PolicyResponder(library, library);

        var texts = PolicyChat.Texts(responder.Respond("status").ToJsonElement());
        var json = responder.Respond("status").ToJson();

        texts.Should().Contain(t => t.Contains("broken.md", StringComparison.Ordinal) && t.Contains("YAML", StringComparison.Ordinal));
        json.Should().Contain("\"title\":\"Skipped files\",\"value\":\"1\"").And.Contain("\"title\":\"Policies\",\"value\":\"1\"");
    }

    [Fact]
    public void Respond_StatusOfCleanLibrary_SaysEveryFileLoaded()
    {
        PolicyChat.Texts(PolicyChat.Responder.Respond("status").ToJsonElement()).Should().Contain("✓ Every policy file loaded.");
    }
}
