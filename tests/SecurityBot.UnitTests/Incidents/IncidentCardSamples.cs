using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Incidents.Domain;
using SecurityBot.Incidents.Teams;
using SecurityBot.UnitTests.Cards;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Incidents;

public sealed class IncidentCardSamples : ICardSamples
{
    private static readonly DateOnly Today = new(2026, 3, 2);
    private static readonly string[] Responders = ["29:responder-a", "29:responder-b"];

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Incidents/report-form", IncidentReportForm.Create(Today));
        yield return ("Incidents/report-form-prefilled", IncidentReportForm.FromText("I got an email from ceo@evil.example asking for my password and I clicked hxxps://evil[.]example/a", Today));
        yield return ("Incidents/report-form-errors", IncidentReportForm.Create(Today, null,
            new ReportFormValues("nuclear", IncidentSamples.HostileText, "2099-01-01", new string('a', 300), IncidentSamples.HostileText, true),
            errors: [new FieldError("category", "Choose what kind of incident this is."), new FieldError("occurredOn", "The date is in the future; when did it happen?")]));
        yield return ("Incidents/confirmation-new", ReporterConfirmation.Create(IncidentSamples.New(), IncidentSamples.Reporter.Id, TimeDisplay.Utc));
        yield return ("Incidents/confirmation-linked", ReporterConfirmation.Create(IncidentSamples.Campaign(), "r1", TimeDisplay.Utc));
        yield return ("Incidents/confirmation-reported-message", ReporterConfirmation.Create(IncidentSamples.FromMessage(), IncidentSamples.Reporter.Id, TimeDisplay.Utc));
        yield return ("Incidents/confirmation-resolved", ReporterConfirmation.Create(IncidentSamples.Resolved(), IncidentSamples.Reporter.Id, TimeDisplay.Utc));
        yield return ("Incidents/triage-new", IncidentCard.Create(IncidentSamples.New(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc));
        yield return ("Incidents/triage-observer", IncidentCard.Create(IncidentSamples.New(), IncidentCardAudience.Observer, Responders, TimeDisplay.Utc));
        yield return ("Incidents/triage-acknowledged-stale", IncidentCard.Create(IncidentSamples.Acknowledged(), IncidentCardAudience.Responder, [], TimeDisplay.Utc,
            $"Nothing changed: this card was out of date. {IncidentSamples.Acknowledged().LastChangeDescription()}."));
        yield return ("Incidents/triage-crisis-room", IncidentCard.Create(IncidentSamples.New(clicked: true), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc, crisisRoom: true));
        yield return ("Incidents/triage-investigating-crisis-room", IncidentCard.Create(IncidentSamples.Investigating(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc,
            $"Nothing changed: {IncidentSamples.Investigating().LastChangeDescription()}.", crisisRoom: true));
        yield return ("Incidents/triage-investigating", IncidentCard.Create(IncidentSamples.Investigating(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc));
        yield return ("Incidents/triage-campaign-escalated", IncidentCard.Create(IncidentSamples.Campaign(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc));
        yield return ("Incidents/triage-resolved", IncidentCard.Create(IncidentSamples.Resolved(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc));
        yield return ("Incidents/triage-dismissed", IncidentCard.Create(IncidentSamples.Dismissed(), IncidentCardAudience.Observer, [], TimeDisplay.Utc));
        yield return ("Incidents/triage-hostile", IncidentCard.Create(IncidentSamples.Hostile(), IncidentCardAudience.Responder,
            Enumerable.Range(0, CardRefresh.MaxUserIds).Select(i => $"29:user-{i}").ToList(), TimeDisplay.Utc));
        yield return ("Incidents/triage-reported-message", IncidentCard.Create(IncidentSamples.FromMessage(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc));
        yield return ("Incidents/triage-siem-alert", IncidentCard.Create(IncidentSamples.FromAlert(), IncidentCardAudience.Responder, Responders, TimeDisplay.Utc));
        yield return ("Incidents/message-report-form", MessageReportForm.Create(IncidentSamples.FromMessage().Reports[0].Message!));
        yield return ("Incidents/message-report-form-errors", MessageReportForm.Create(IncidentSamples.FromMessage(new string('y', 4000)).Reports[0].Message!, null,
            new ReportFormValues("nuclear", IncidentSamples.HostileText), [new FieldError("category", "Choose what kind of incident this is.")]));
        yield return ("Incidents/status-list", IncidentListCard.Create([IncidentSamples.New(), IncidentSamples.Investigating()], IncidentSamples.Reporter.Id, TimeDisplay.Utc));
        yield return ("Incidents/status-list-hostile", IncidentListCard.Create([IncidentSamples.Hostile()], "reporter-2", TimeDisplay.Utc));
        foreach (var sample in German())
        {
            yield return sample;
        }

        yield return ("Incidents/status-list-empty", IncidentListCard.Create([], IncidentSamples.Reporter.Id, TimeDisplay.Utc));
    }

    /// <summary>The reporter's cards for someone whose Teams runs in German: the same cards, every word from IncidentTexts.de.resx.</summary>
    private static IEnumerable<(string Name, AdaptiveCard Card)> German()
    {
        var reader = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), CultureInfo.GetCultureInfo("de-DE"));
        var text = IncidentLanguage.For(reader);
        yield return ("Incidents/de/report-form", IncidentReportForm.Create(Today, text));
        yield return ("Incidents/de/report-form-prefilled", IncidentReportForm.FromText("I clicked a link in an email from ceo@evil.example asking for my password", Today, text));
        yield return ("Incidents/de/report-form-errors", IncidentReportForm.Create(Today, text,
            new ReportFormValues("nuclear", "hi", "2099-01-01"),
            errors:
            [
                new FieldError("category", "Choose what kind of incident this is.") { Code = "CategoryMissing" },
                new FieldError("description", "Describe what happened in at least 10 characters.") { Code = "DescriptionTooShort", Arguments = [10] },
                new FieldError("occurredOn", "The date is in the future; when did it happen?") { Code = "DateInFuture" },
            ]));
        yield return ("Incidents/de/confirmation-new", ReporterConfirmation.Create(IncidentSamples.New(clicked: true), IncidentSamples.Reporter.Id, reader));
        yield return ("Incidents/de/confirmation-reported-message", ReporterConfirmation.Create(IncidentSamples.FromMessage(), IncidentSamples.Reporter.Id, reader));
        yield return ("Incidents/de/confirmation-resolved", ReporterConfirmation.Create(IncidentSamples.Resolved(), IncidentSamples.Reporter.Id, reader));
        yield return ("Incidents/de/status-list", IncidentListCard.Create([IncidentSamples.New(), IncidentSamples.Investigating()], IncidentSamples.Reporter.Id, reader));
        yield return ("Incidents/de/message-report-form", MessageReportForm.Create(IncidentSamples.FromMessage().Reports[0].Message!, text));
    }
}
