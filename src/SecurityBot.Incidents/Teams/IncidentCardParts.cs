using System.Text.Json.Nodes;
using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;
using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Teams;

/// <summary>Pieces shared by the incident cards. Every user-provided string goes through CardText; indicators are defanged.</summary>
internal static class IncidentCardParts
{
    public const int MaxIndicatorsShown = 10;
    public const int MaxTimelineShown = 6;

    /// <summary>Card data of an action: which incident and which version the card showed — never who may act.</summary>
    public static JsonObject Data(Incident incident) => new()
    {
        ["incident"] = incident.DisplayNumber,
        ["version"] = incident.Version,
    };

    /// <summary>An instant as this card's reader sees it (their zone, named; a shared card adds the offset).</summary>
    public static string Time(DateTimeOffset at, TimeDisplay reader) => reader.At(at);

    public static TextColor SeverityColor(IncidentSeverity severity) => severity switch
    {
        IncidentSeverity.Critical or IncidentSeverity.High => TextColor.Attention,
        IncidentSeverity.Medium => TextColor.Warning,
        _ => TextColor.Default,
    };

    /// <summary>Where the incident stands, in the reader's zone and (for the reporter's own copy) language.</summary>
    public static string StatusLine(Incident incident, TimeDisplay reader, Localizer? text = null)
    {
        text ??= IncidentLanguage.English;
        return incident.Status switch
        {
            IncidentStatus.New => text.Format(nameof(IncidentTexts.Status_New), Time(incident.AcknowledgeBy, reader)),
            IncidentStatus.Acknowledged => text.Format(nameof(IncidentTexts.Status_Acknowledged), Name(incident.AcknowledgedByName, text),
                Time(incident.AcknowledgedAt!.Value, reader), reader.DurationOf(incident.AcknowledgedAt!.Value - incident.ReportedAt)),
            IncidentStatus.Investigating => text.Format(nameof(IncidentTexts.Status_Investigating), Name(incident.AssigneeName, text)),
            IncidentStatus.Resolved => text.Format(nameof(IncidentTexts.Status_Resolved), Name(incident.ClosedByName, text), Time(incident.ClosedAt!.Value, reader)),
            _ => text.Format(nameof(IncidentTexts.Status_Dismissed), Name(incident.ClosedByName, text), Time(incident.ClosedAt!.Value, reader)),
        };
    }

    public static TextBlock Header(Incident incident) =>
        new($"{incident.DisplayNumber} · {incident.Severity} · {CardText.Escape(incident.Category.Title())}")
        {
            Size = TextSize.Medium,
            Weight = TextWeight.Bolder,
            Style = TextBlockStyle.Heading,
            Color = SeverityColor(incident.Severity),
            Wrap = true,
        };

    public static FactSet Facts(Incident incident, bool forResponder, TimeDisplay reader)
    {
        var first = incident.Reports.Count > 0 ? incident.Reports[0] : null;
        var facts = new FactSet(
            new Fact("Status", CardText.Escape(StatusLine(incident, reader))),
            UserFact("Reported by", incident.ReporterName, 100),
            new Fact("Reported", Time(incident.ReportedAt, reader)));
        if (incident.RelatedReportCount > 0)
        {
            facts.Facts.Add(new Fact("Related reports", $"{incident.ReportCount} people reported this (last {Time(incident.LastReportedAt, reader)})"));
        }

        if (first?.OccurredOn is { } when)
        {
            facts.Facts.Add(new Fact("Happened on", reader.Day(when)));
        }

        if (first?.AffectedSystem is { } affected)
        {
            facts.Facts.Add(UserFact("Affected", affected, 200));
        }

        facts.Facts.Add(new Fact("Clicked/opened", incident.AnyClicked ? "**Yes**" : "No"));
        if (forResponder)
        {
            facts.Facts.Add(new Fact("Why " + incident.Severity, CardText.Escape(string.Join("; ", incident.Assessment.Reasons))));
            if (incident.EscalationStep > 0)
            {
                facts.Facts.Add(new Fact("Escalation", $"step {incident.EscalationStep}"));
            }
        }

        if (incident.Resolution is { } resolution)
        {
            facts.Facts.Add(UserFact("Outcome", resolution, 500));
        }

        return facts;
    }

    public static IEnumerable<CardElement> Indicators(Incident incident) => Indicators(incident.Indicators.Select(i => i.ToIndicator()).ToList());

    public static IEnumerable<CardElement> Indicators(IReadOnlyList<Indicator> indicators, Localizer? text = null)
    {
        if (indicators.Count == 0)
        {
            yield break;
        }

        text ??= IncidentLanguage.English;
        yield return new TextBlock(text[nameof(IncidentTexts.Indicators_Heading)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true };
        var lines = indicators.Take(MaxIndicatorsShown)
            .Select(i => $"{i.Kind}: {CardText.Escape(CardText.Truncate(i.Defanged, 200))}");
        var more = indicators.Count > MaxIndicatorsShown ? "\n\n" + text.Format(nameof(IncidentTexts.Indicators_More), indicators.Count - MaxIndicatorsShown) : string.Empty;
        yield return new TextBlock(string.Join("\n\n", lines) + more) { Wrap = true, FontType = FontType.Monospace, Spacing = Spacing.Small };
    }

    public static IEnumerable<CardElement> Timeline(Incident incident, TimeDisplay reader)
    {
        var entries = incident.Timeline.TakeLast(MaxTimelineShown).ToList();
        if (entries.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock("Timeline") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium };
        yield return new TextBlock(string.Join("\n\n", entries.Select(e => $"{Time(e.At, reader)} — {EscapedUserText(e.Text, 300)}")))
        {
            Wrap = true,
            IsSubtle = true,
            Spacing = Spacing.Small,
        };
    }

    /// <summary>Free text from a person (description, note): bounded, links defanged, then escaped.</summary>
    public static TextBlock UserText(string? text, int maxLength) => TextBlock.FromUserText(Defang.Text(CardText.Truncate(text, maxLength)), maxLength + 200);

    public static Fact UserFact(string title, string? text, int maxLength) => Fact.FromUserText(title, Defang.Text(CardText.Truncate(text, maxLength)), maxLength + 200);

    public static string EscapedUserText(string? text, int maxLength) => CardText.Escape(Defang.Text(CardText.Truncate(text, maxLength)));

    public static string Name(string? name, Localizer? text = null) =>
        string.IsNullOrWhiteSpace(name) ? (text ?? IncidentLanguage.English)[nameof(IncidentTexts.Someone)] : CardText.Truncate(name, 100);
}
