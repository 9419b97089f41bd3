using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Incidents.Teams.Resources;

namespace SecurityBot.Incidents.Teams;

/// <summary>The reporter-facing incident text (Teams/Resources/IncidentTexts*.resx) in a reader's language.</summary>
internal static class IncidentLanguage
{
    /// <summary>English: what the security team's cards and every reader without a translation get.</summary>
    public static Localizer English { get; } = For(CultureInfo.GetCultureInfo("en-GB"));

    public static Localizer For(CultureInfo culture) => new(IncidentTexts.ResourceManager, culture);

    public static Localizer For(TimeDisplay reader) => For((reader ?? throw new ArgumentNullException(nameof(reader))).Culture);

    public static string CategoryTitle(this Localizer text, IncidentCategory category) => text[category switch
    {
        IncidentCategory.Phishing => nameof(IncidentTexts.Category_Phishing),
        IncidentCategory.Malware => nameof(IncidentTexts.Category_Malware),
        IncidentCategory.LostOrStolenDevice => nameof(IncidentTexts.Category_LostDevice),
        IncidentCategory.AccountCompromise => nameof(IncidentTexts.Category_AccountCompromise),
        IncidentCategory.DataBreach => nameof(IncidentTexts.Category_DataBreach),
        IncidentCategory.Ransomware => nameof(IncidentTexts.Category_Ransomware),
        IncidentCategory.SocialEngineering => nameof(IncidentTexts.Category_SocialEngineering),
        _ => nameof(IncidentTexts.Category_Other),
    }];

    public static string Author(this Localizer text, MessageAuthorKind kind) => text[kind switch
    {
        MessageAuthorKind.Member => nameof(IncidentTexts.Author_Member),
        MessageAuthorKind.Guest => nameof(IncidentTexts.Author_Guest),
        MessageAuthorKind.App => nameof(IncidentTexts.Author_App),
        _ => nameof(IncidentTexts.Author_External),
    }];

    public static string Where(this Localizer text, ConversationKind conversation) => text[conversation switch
    {
        ConversationKind.Channel => nameof(IncidentTexts.Where_Channel),
        ConversationKind.GroupChat => nameof(IncidentTexts.Where_GroupChat),
        _ => nameof(IncidentTexts.Where_Personal),
    }];

    /// <summary>A form problem in the reader's language, or as the domain wrote it when nobody translated it.</summary>
    public static string Problem(this Localizer text, SecurityBot.Platform.Results.FieldError error) =>
        text.OrFallback(error.Code, error.Arguments, error.Message);
}
