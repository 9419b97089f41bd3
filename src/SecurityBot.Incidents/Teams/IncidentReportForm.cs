using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The report form (Action.Execute "incident.submit"): category, what happened, when, affected system/account,
/// evidence, "I clicked/opened it". Pre-filled from free text it says what was understood so the person can correct
/// it; after a bad submission it shows every problem and keeps what they typed. Input values are shown literally.
/// </summary>
internal static class IncidentReportForm
{
    /// <param name="today">The latest date the "when" input accepts.</param>
    /// <param name="text">The reader's language (English when null).</param>
    /// <param name="values">What they typed last time, or what free text pre-filled.</param>
    /// <param name="understood">What free text was understood as, said back so they can correct it.</param>
    /// <param name="errors">The problems of the last submission, shown at the top.</param>
    public static AdaptiveCard Create(
        DateOnly today,
        Localizer? text = null,
        ReportFormValues? values = null,
        IncidentIntent? understood = null,
        IReadOnlyList<FieldError>? errors = null)
    {
        text ??= IncidentLanguage.English;
        values ??= new ReportFormValues();
        var card = new AdaptiveCard { FallbackText = text[nameof(IncidentTexts.Report_Title)] };
        card.Body.Add(TextBlock.Heading(text[nameof(IncidentTexts.Report_Title)]));
        card.Body.Add(new TextBlock(text[nameof(IncidentTexts.Report_Intro)]) { Wrap = true, IsSubtle = true, Spacing = Spacing.None });
        if (understood is not null && understood.Understood.Count > 0)
        {
            card.Body.Add(new Container(
                new TextBlock(text[nameof(IncidentTexts.Report_Understood)]) { Weight = TextWeight.Bolder },
                new TextBlock(string.Join("\n\n", understood.Understood.Select(u => "• " + CardText.Escape(u)))) { Wrap = true },
                new TextBlock(text.Format(nameof(IncidentTexts.Report_LooksLike), CardText.Escape(text.CategoryTitle(understood.Category)), Math.Round(understood.Confidence * 100)))
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
                new TextBlock(text[nameof(IncidentTexts.Form_FixThese)]) { Weight = TextWeight.Bolder, Color = TextColor.Attention },
                new TextBlock(string.Join("\n\n", errors.Select(e => "• " + CardText.Escape(text.Problem(e))))) { Wrap = true })
            {
                Style = ContainerStyle.Attention,
                Bleed = true,
            });
        }

        var category = new ChoiceSetInput("category", text[nameof(IncidentTexts.Report_Category)])
        {
            Style = ChoiceInputStyle.Compact,
            IsRequired = true,
            ErrorMessage = text[nameof(IncidentTexts.Report_CategoryError)],
            Placeholder = text[nameof(IncidentTexts.Report_Choose)],
            Value = IncidentCategories.TryParseKey(values.Category, out var chosen) ? chosen.Key() : null,
        }.WithChoices(IncidentCategories.All.Select(c => new Choice(text.CategoryTitle(c), c.Key())));
        card.Body.Add(category);
        card.Body.Add(new TextInput("description", text[nameof(IncidentTexts.Report_Description)])
        {
            IsMultiline = true,
            IsRequired = true,
            MaxLength = IncidentReportDraft.MaxDescriptionLength,
            ErrorMessage = text[nameof(IncidentTexts.Report_DescriptionError)],
            Placeholder = text[nameof(IncidentTexts.Report_DescriptionPlaceholder)],
            Value = Input(values.Description, IncidentReportDraft.MaxDescriptionLength),
        });
        card.Body.Add(new DateInput("occurredOn", text[nameof(IncidentTexts.Report_OccurredOn)])
        {
            Max = today,
            Value = DateOnly.TryParseExact(values.OccurredOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var on) && on <= today ? on : null,
        });
        card.Body.Add(new TextInput("affectedSystem", text[nameof(IncidentTexts.Report_Affected)])
        {
            MaxLength = IncidentReportDraft.MaxAffectedSystemLength,
            Placeholder = text[nameof(IncidentTexts.Report_AffectedPlaceholder)],
            Value = Input(values.AffectedSystem, IncidentReportDraft.MaxAffectedSystemLength),
        });
        card.Body.Add(new TextInput("evidence", text[nameof(IncidentTexts.Report_Evidence)])
        {
            IsMultiline = true,
            MaxLength = IncidentReportDraft.MaxEvidenceLength,
            Placeholder = text[nameof(IncidentTexts.Report_EvidencePlaceholder)],
            Value = Input(values.Evidence, IncidentReportDraft.MaxEvidenceLength),
        });
        card.Body.Add(new ToggleInput("clicked", text[nameof(IncidentTexts.Report_Clicked)])
        {
            Value = values.Clicked ? "true" : "false",
            ValueOn = "true",
            ValueOff = "false",
            Wrap = true,
        });
        card.Actions.Add(new ExecuteAction(text[nameof(IncidentTexts.Report_Submit)], IncidentVerbs.Submit) { Style = ActionStyle.Positive });
        return card;
    }

    /// <summary>The form pre-filled from free text ("report my laptop was stolen").</summary>
    public static AdaptiveCard FromText(string text, DateOnly today, Localizer? language = null)
    {
        var intent = IncidentIntentDetector.Detect(text);
        var evidence = intent.Indicators.Count == 0 ? null : string.Join("\n", intent.Indicators.Select(i => i.Defanged));
        var values = new ReportFormValues(
            Category: intent.Confidence > 0 ? intent.Category.Key() : null,
            Description: text.Trim(),
            Evidence: evidence,
            Clicked: intent.Clicked);
        return Create(today, language, values, intent);
    }

    private static string? Input(string? text, int max) => string.IsNullOrEmpty(text) ? null : CardText.Plain(CardText.Truncate(text, max));
}
