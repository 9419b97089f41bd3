using System.Globalization;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Cards;
using SecurityBot.Platform.Regional;
using SecurityBot.Policies.Teams.Resources;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// The text around policy answers (Teams/Resources/PolicyTexts*.resx) in a reader's language. The policies
/// themselves stay in the language they were written in.
/// </summary>
internal static class PolicyLanguage
{
    public static Localizer English { get; } = For(CultureInfo.GetCultureInfo("en-GB"));

    public static Localizer For(CultureInfo culture) => new(PolicyTexts.ResourceManager, culture);

    /// <summary>The language of the card answering this turn: the sender's in a 1:1 chat, the organisation's where others read it too.</summary>
    public static async Task<Localizer> ForTurnAsync(ITimeDisplays? readers, Activity activity, CancellationToken cancellationToken) =>
        readers is null ? English : For((await readers.ForTurnAsync(activity, cancellationToken).ConfigureAwait(false)).Culture);

    /// <summary>The language of one person (an invoke answer only the presser sees).</summary>
    public static async Task<Localizer> ForPersonAsync(ITimeDisplays? readers, string? aadObjectId, CancellationToken cancellationToken) =>
        readers is null ? English : For((await readers.ForAsync(aadObjectId, cancellationToken).ConfigureAwait(false)).Culture);

    /// <summary>"“passwords”" in English, "„Passwörter“" in German.</summary>
    public static string Quote(this Localizer text, string escaped) => text.Format(nameof(PolicyTexts.Quoted), escaped);
}
