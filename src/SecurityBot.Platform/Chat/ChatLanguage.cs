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
    /// A command's help line in the reader's language: "Usage_" + its keyword when the platform's resource file has it
    /// (the commands every employee has), else the line the capability registered (its own language: English).
    /// </summary>
    public static string Usage(this Localizer text, CommandHelp command)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(command);
        return text.Find("Usage_" + command.Keyword) is { } translated && command.Usage == English.Find("Usage_" + command.Keyword) ? translated : command.Usage;
    }
}
