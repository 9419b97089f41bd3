using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Results;
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
