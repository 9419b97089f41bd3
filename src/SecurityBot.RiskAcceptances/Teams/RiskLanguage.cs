using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;
using SecurityBot.RiskAcceptances.Teams.Resources;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>The requester's risk text (Teams/Resources/RiskTexts*.resx) in their language.</summary>
internal static class RiskLanguage
{
    public static Localizer English { get; } = For(CultureInfo.GetCultureInfo("en-GB"));

    public static Localizer For(CultureInfo culture) => new(RiskTexts.ResourceManager, culture);

    /// <summary>
    /// A form problem in the reader's language. The length rules name their field first ("Titel ist erforderlich."),
    /// so the field's own text goes before the numbers; anything untranslated is said as the domain wrote it.
    /// </summary>
    public static string Problem(this Localizer text, FieldError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Code is "Required" or "TooShort" or "TooLong")
        {
            var field = FieldName(text, error.Field);
            return field is null ? error.Message : text.OrFallback(error.Code, [field, .. error.Arguments ?? []], error.Message);
        }

        return text.OrFallback(error.Code, error.Arguments, error.Message);
    }

    /// <summary>What an action did, for the card of the person who acted: translated where the outcome names its message.</summary>
    public static string Headline(this Localizer text, RiskAcceptance risk, string? code, IReadOnlyList<object>? arguments, string message) =>
        code == "Submitted" && arguments is [var reference, var names]
            ? text.Format(nameof(RiskTexts.Headline_Submitted), reference, text.Stage(risk.CurrentStage), names)
            : message;

    /// <summary>"manager", "Vorgesetzte": a stage in a sentence.</summary>
    public static string Stage(this Localizer text, RiskAcceptanceStage? stage) => stage switch
    {
        null => "—",
        RiskAcceptanceStage.Manager => text[nameof(RiskTexts.Stage_Manager)],
        RiskAcceptanceStage.SecurityTeam => text[nameof(RiskTexts.Stage_SecurityTeam)],
        _ => text[nameof(RiskTexts.Stage_Cso)],
    };

    /// <summary>A stage at the start of a history line.</summary>
    public static string StageTitle(this Localizer text, RiskAcceptanceStage stage) => text[stage switch
    {
        RiskAcceptanceStage.Manager => nameof(RiskTexts.StageTitle_Manager),
        RiskAcceptanceStage.SecurityTeam => nameof(RiskTexts.StageTitle_SecurityTeam),
        _ => nameof(RiskTexts.StageTitle_Cso),
    }];

    public static string Level(this Localizer text, RiskLevel level) => text[level switch
    {
        RiskLevel.Low => nameof(RiskTexts.Level_Low),
        RiskLevel.Medium => nameof(RiskTexts.Level_Medium),
        RiskLevel.High => nameof(RiskTexts.Level_High),
        _ => nameof(RiskTexts.Level_Critical),
    }];

    private static string? FieldName(Localizer text, string field) => field switch
    {
        "title" => text[nameof(RiskTexts.Field_title)],
        "asset" => text[nameof(RiskTexts.Field_asset)],
        "description" => text[nameof(RiskTexts.Field_description)],
        "controls" => text[nameof(RiskTexts.Field_controls)],
        "justification" => text[nameof(RiskTexts.Field_justification)],
        _ => null,
    };
}
