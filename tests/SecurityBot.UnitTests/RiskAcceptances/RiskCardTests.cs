using System.Text.Encodings.Web;
using System.Text.Json;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.RiskAcceptances.Teams;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskCardTests
{
    [Fact]
    public void Create_ApproverOfTheCurrentStage_ApproveRejectRequestChangesCarryReferenceVersionAndStage()
    {
        var risk = Submitted();

        var json = RiskCard.Create(risk, new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, null, 365).ToJson();

        var verbs = Verbs(json);
        verbs.Should().Contain([RiskVerbs.Approve, RiskVerbs.Reject, RiskVerbs.RequestChanges]);
        json.Should().Contain("\"data\":{\"id\":\"RA-000017\",\"version\":2,\"stage\":0}");
        json.Should().Contain("\"id\":\"rejectComment\"").And.Contain("\"id\":\"changesComment\"");
    }

    [Fact]
    public void Create_RequesterWhilePending_WithdrawOnlyNoDecisionButtons()
    {
        var json = RiskCard.Create(Submitted(), RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, null, 365).ToJson();

        Verbs(json).Should().Equal(RiskVerbs.Withdraw);
    }

    [Fact]
    public void Create_OwnerOfAcceptedRisk_RenewAndMarkRemediated()
    {
        var json = RiskCard.Create(Accepted(), RiskCardViewer.ReadOnly(Owner.Id), TimeDisplay.Utc, null, 180).ToJson();

        Verbs(json).Should().BeEquivalentTo([RiskVerbs.Renew, RiskVerbs.Remediate]);
        json.Should().Contain("\"max\":180");
    }

    [Fact]
    public void Create_SomeoneElseOnAnAcceptedRisk_NoButtons()
    {
        var json = RiskCard.Create(Accepted(), RiskCardViewer.ReadOnly(Cso.Id), TimeDisplay.Utc, null, 365).ToJson();

        Verbs(json).Should().BeEmpty();
    }

    [Fact]
    public void Create_ApproverInLosAngelesAndRequesterInDublin_EachSeesTheApprovalInTheirOwnZone()
    {
        var risk = Submitted();
        risk.Approve(Manager, Now.AddHours(1));
        var losAngeles = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        var dublin = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin"));

        var approverSees = CardTexts(RiskCard.Create(risk, new RiskCardViewer(Cso.Id, true), losAngeles, null, 365).ToJson());
        var requesterSees = CardTexts(RiskCard.Create(risk, RiskCardViewer.ReadOnly(risk.RequesterId), dublin, null, 365).ToJson());

        approverSees.Should().Contain("approved by Megan Bowen on Mar 2, 2026, 2:00 AM Los Angeles time").And.NotContain("UTC");
        requesterSees.Should().Contain("approved by Megan Bowen on 2 Mar 2026, 10:00 Dublin time").And.NotContain("UTC");
    }

    [Fact]
    public void Create_AfterTheManagerApproved_ShowsWhoAlreadyApprovedAndWhen()
    {
        var risk = Submitted();
        risk.Approve(Manager, Now.AddHours(1));

        var json = RiskCard.Create(risk, new RiskCardViewer(Cso.Id, true), TimeDisplay.Utc, null, 365).ToJson();

        json.Should().Contain("approved by Megan Bowen on 2 Mar 2026, 10:00 UTC");
        json.Should().Contain("stage 2 of 2 (CSO)");
    }

    [Fact]
    public void Create_HostileUserText_NoMentionLinkOrMarkdownSurvives()
    {
        var card = RiskCard.Create(RiskCardSamples.Hostile(), new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, "<at>CEO</at> [x](https://evil.example)", 365);
        // The fallback text is plain text (notifications), never rendered as markdown; the body is what must be inert.
        var json = JsonSerializer.Serialize(card.ToJsonElement().GetProperty("body"), new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.Should().Contain("evil.example", "the text is still shown, only neutralised");
        card.FallbackText.Should().NotContain("<at>");

        json.Should().NotContain("<at>");
        json.Should().NotContain("](https");
        json.Should().NotContain("https://evil");
        json.Should().NotContain("\"msteams\":{\"entities\"");
    }

    [Fact]
    public void HeatMap_Score_CellsColouredByBandAndTheRequestMarked()
    {
        var table = RiskHeatMap.Create(new RiskScore(4, 4));

        table.Rows.Should().HaveCount(6);
        var likelihood4 = table.Rows[2];
        likelihood4.Cells[4].Items.OfType<TextBlock>().Single().Text.Should().Be("◆16");
        likelihood4.Cells[4].Style.Should().Be(ContainerStyle.Attention);
        table.Rows[5].Cells[1].Style.Should().Be(ContainerStyle.Good, "1×1 is Low");
        table.Rows[4].Cells[2].Style.Should().Be(ContainerStyle.Warning, "2×2 is Medium");
    }

    [Fact]
    public void Form_FromPolicyAnswer_PolicyAndSectionPrefilled()
    {
        var json = RiskRequestFormCard.Create(new RiskFormValues(PolicyId: "encryption", Section: "2"), [("encryption", "Cryptography and Encryption Policy")], 365, 90).ToJson();

        json.Should().Contain("\"id\":\"policyId\"").And.Contain("\"value\":\"encryption\"");
        json.Should().Contain("\"value\":\"2\"");
        json.Should().Contain("\"value\":90");
        Verbs(json).Should().Equal(RiskVerbs.SubmitRequest);
    }

    [Fact]
    public void Read_TeamsInputValuesAsStrings_ParsedAndBounded()
    {
        var data = JsonDocument.Parse("{\"title\":\"T\",\"likelihood\":\"4\",\"impact\":3,\"durationDays\":\"abc\",\"asset\":\"" + new string('a', 6000) + "\"}").RootElement;

        var values = RiskFormValues.Read(new CardActionData(data));

        values.Likelihood.Should().Be(4);
        values.Impact.Should().Be(3);
        values.DurationDays.Should().BeNull();
        values.Asset!.Length.Should().Be(RiskFormValues.MaxFieldLength);
    }

    [Fact]
    public void Export_CsvWithBackticks_FenceLongerThanAnyRun()
    {
        var activity = RiskExportMessage.Create("Reference,Title\nRA-000001,```evil```\n", 1, Now, wholeRegister: true);

        activity.Text.Should().Contain("````csv\n").And.EndWith("````");
    }

    [Fact]
    public void Export_TooLong_CutAtALineAndSaysSo()
    {
        var csv = "Reference,Title\n" + string.Concat(Enumerable.Range(1, 2000).Select(i => $"RA-{i:D6},{new string('x', 20)}\n"));

        var activity = RiskExportMessage.Create(csv, 2000, Now, wholeRegister: true);

        activity.Text!.Length.Should().BeLessThan(RiskExportMessage.MaxCsvCharacters + 500);
        activity.Text.Should().Contain("rows are shown");
    }

    private static List<string> Verbs(string json)
    {
        var verbs = new List<string>();
        Collect(JsonDocument.Parse(json).RootElement, verbs);
        return verbs;
    }

    private static void Collect(JsonElement element, List<string> verbs)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "verb")
                {
                    verbs.Add(property.Value.GetString()!);
                }

                Collect(property.Value, verbs);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Collect(item, verbs);
            }
        }
    }

    /// <summary>The card's JSON with its escapes undone, as the text a reader sees.</summary>
    private static string CardTexts(string json) =>
        System.Text.RegularExpressions.Regex.Unescape(json);
}
