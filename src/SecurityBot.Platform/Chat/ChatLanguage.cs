using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat.Resources;

namespace SecurityBot.Platform.Chat;

/// <summary>The help, welcome and "did not understand" text (Chat/Resources/ChatTexts*.resx) in a reader's language.</summary>
public static class ChatLanguage
{
    public static Localizer English { get; } = For(CultureInfo.GetCultureInfo("en-GB"));

    public static Localizer For(CultureInfo culture) => new(ChatTexts.ResourceManager, culture);

    /// <summary>
    /// A command's help line in the reader's language: "Usage_" + its keyword ("admin deliveries" → Usage_admin_deliveries)
    /// when the platform's resource file has it AND its English is the line the capability registered — a line
    /// changed in the capability but not here shows in English rather than saying something outdated.
    /// </summary>
    public static string Usage(this Localizer text, CommandHelp command)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(command);
        var key = "Usage_" + command.Keyword.Replace(' ', '_');
        return text.Find(key) is { } translated && command.Usage == English.Find(key) ? translated : command.Usage;
    }
}
