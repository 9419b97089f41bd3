using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Incidents;

public sealed class AlertDraftTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    private static IncidentAlert Alert(string system = "sentinel", string externalId = "77", string title = "Impossible travel", string? category = "account-compromise",
        IReadOnlyList<string>? indicators = null, Uri? link = null, IncidentSeverity severity = IncidentSeverity.High) =>
        new(system, externalId, title, "Sign-ins from two continents", severity, category, indicators ?? ["203.0.113.7"], null, link);

    [Fact]
    public void TryCreate_ValidAlert_ReportFromTheSystemWithTheIndicatorsAsEvidence()
    {
        AlertDraft.TryCreate(Alert(), Today, out var draft, out var errors).Should().BeTrue();

        errors.Should().BeEmpty();
        draft!.Reporter.Should().Be(new IncidentActor("siem:sentinel", "sentinel (SIEM)"));
        draft.Origin.ByPerson.Should().BeFalse();
        draft.Origin.Alert!.Severity.Should().Be(IncidentSeverity.High);
        draft.Report.Category.Should().Be(IncidentCategory.AccountCompromise);
        draft.Report.Description.Should().StartWith("Impossible travel\n\nSign-ins");
        IndicatorExtractor.Extract(draft.Report.AllText).Select(i => i.Value).Should().Contain("203.0.113.7");
    }

    [Fact]
    public void TryCreate_SameAlertTwiceSystemCaseDiffers_SameKey()
    {
        AlertDraft.TryCreate(Alert(system: "Sentinel"), Today, out var a, out _);
        AlertDraft.TryCreate(Alert(system: "sentinel"), Today, out var b, out _);
        AlertDraft.TryCreate(Alert(externalId: "78"), Today, out var c, out _);

        a!.SubmissionKey.Should().Be(b!.SubmissionKey).And.StartWith("alert:").And.HaveLength(70);
        c!.SubmissionKey.Should().NotBe(a.SubmissionKey);
    }

    [Fact]
    public void TryCreate_UnknownCategory_RaisedAsSomethingElse()
    {
        AlertDraft.TryCreate(Alert(category: "apt-29"), Today, out var draft, out _).Should().BeTrue();

        draft!.Report.Category.Should().Be(IncidentCategory.Other);
    }

    [Fact]
    public void TryCreate_EverythingWrong_NamesEveryField()
    {
        var bad = new IncidentAlert("bad system!", "", "", null, (IncidentSeverity)42, null, [" ", new string('x', 600)], null, new Uri("http://siem.example/a"));

        AlertDraft.TryCreate(bad, Today, out var draft, out var errors).Should().BeFalse();

        draft.Should().BeNull();
        errors.Select(e => e.Field).Should().BeEquivalentTo("source", "externalId", "title", "indicators", "link", "severity");
    }

    [Fact]
    public void TryCreate_TooManyIndicators_Refused()
    {
        var many = Enumerable.Range(0, AlertDraft.MaxIndicators + 1).Select(i => $"host{i}.evil.example").ToList();

        AlertDraft.TryCreate(Alert(indicators: many), Today, out _, out var errors).Should().BeFalse();

        errors.Should().ContainSingle(e => e.Field == "indicators");
    }

    [Fact]
    public void TryCreate_ShortTitleOnly_StillAValidReportText()
    {
        AlertDraft.TryCreate(Alert(title: "AV hit") with { Description = null }, Today, out var draft, out _).Should().BeTrue();

        draft!.Report.Description.Should().Be("sentinel alert: AV hit");
    }
}
