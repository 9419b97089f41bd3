using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The report form (Action.Execute "incident.submit"): category, what happened, when, affected system/account,
/// evidence, "I clicked/opened it". Pre-filled from free text it says what was understood so the person can correct
/// it; after a bad submission it shows every problem and keeps what they typed. Input values are shown literally.
/// </summary>
internal static class IncidentReportForm
{
    public static AdaptiveCard Create(
        DateOnly today,
        ReportFormValues? values = null,
        IncidentIntent? understood = null,
        IReadOnlyList<FieldError>? errors = null)
    {
        values ??= new ReportFormValues();
        var card = new AdaptiveCard { FallbackText = "Report a security incident" };
        card.Body.Add(TextBlock.Heading("Report a security incident"));
        card.Body.Add(new TextBlock("Tell us what happened. The security team is notified as soon as you submit.") { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        if (understood is not null && understood.Understood.Count > 0)
        {
            card.Body.Add(new Container(
                new TextBlock("What I understood") { Weight = TextWeight.Bolder },
                new TextBlock(string.Join("\n\n", understood.Understood.Select(u => "• " + CardText.Escape(u)))) { Wrap = true },
                new TextBlock($"Looks like: {CardText.Escape(understood.Category.Title())} ({Math.Round(understood.Confidence * 100).ToString(CultureInfo.InvariantCulture)}% sure). Check the form and correct anything I got wrong.")
                {
                    Wrap = true,
                    IsSubtle = true,
                })
            {
                Style = ContainerStyle.Emphasis,
                Bleed = true,
            });
        }

        if (errors is { Count: > 0 })
        {
            card.Body.Add(new Container(
                new TextBlock("Please fix the following") { Weight = TextWeight.Bolder, Color = TextColor.Attention },
                new TextBlock(string.Join("\n\n", errors.Select(e => "• " + CardText.Escape(e.Message)))) { Wrap = true })
            {
                Style = ContainerStyle.Attention,
                Bleed = true,
            });
        }

        var category = new ChoiceSetInput("category", "What kind of incident?")
        {
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = "Choose a category.",
            Placeholder = "Choose…",
            Value = IncidentCategories.TryParseKey(values.Category, out var chosen) ? chosen.Key() : null,
        }.WithChoices(IncidentCategories.All.Select(c => new Choice(c.Title(), c.Key())));
        card.Body.Add(category);
        card.Body.Add(new TextInput("description", "What happened?")
        {
            IsMultiline = true,
            IsRequired = true,
            MaxLength = IncidentReportDraft.MaxDescriptionLength,
            ErrorMessage = "Describe what happened.",
            Placeholder = "e.g. An email from 'IT support' asked me to confirm my password",
            Value = Input(values.Description, IncidentReportDraft.MaxDescriptionLength),
        });
        card.Body.Add(new DateInput("occurredOn", "When did it happen?")
        {
            Max = today,
            Value = DateOnly.TryParseExact(values.OccurredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) && on <= today ? on : null,
        });
        card.Body.Add(new TextInput("affectedSystem", "Affected system or account (optional)")
        {
            MaxLength = IncidentReportDraft.MaxAffectedSystemLength,
            Placeholder = "e.g. my mailbox, laptop LT-0423, the CRM",
            Value = Input(values.AffectedSystem, IncidentReportDraft.MaxAffectedSystemLength),
        });
        card.Body.Add(new TextInput("evidence", "Evidence (optional)")
        {
            IsMultiline = true,
            MaxLength = IncidentReportDraft.MaxEvidenceLength,
            Placeholder = "Sender address, links, file names, error messages… paste them as text",
            Value = Input(values.Evidence, IncidentReportDraft.MaxEvidenceLength),
        });
        card.Body.Add(new ToggleInput("clicked", "I clicked the link, opened the attachment or entered my password")
        {
            Value = values.Clicked ? "true" : "false",
            ValueOn = "true",
            ValueOff = "false",
            Wrap = true,
        });
        card.Actions.Add(new ExecuteAction("Submit report", IncidentVerbs.Submit) { Style = ActionStyle.Positive });
        return card;
    }

    /// <summary>The form pre-filled from free text ("report my laptop was stolen").</summary>
    public static AdaptiveCard FromText(string text, DateOnly today)
    {
        var intent = IncidentIntentDetector.Detect(text);
        var evidence = intent.Indicators.Count == 0 ? null : string.Join("\n", intent.Indicators.Select(i => i.Defanged));
        var values = new ReportFormValues(
            Category: intent.Confidence > 0 ? intent.Category.Key() : null,
            Description: text.Trim(),
            Evidence: evidence,
            Clicked: intent.Clicked);
        return Create(today, values, intent);
    }

    private static string? Input(string? text, int max) => string.IsNullOrEmpty(text) ? null : CardText.Plain(CardText.Truncate(text, max));
}
