using SecurityBot.Platform.Chat.Resources;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// One line of the help: <paramref name="Usage"/> is the command's one-liner in the IChatCommand.Usage form
/// ("policy &lt;question&gt; — search the security policies"); <paramref name="Example"/>, when given, becomes a
/// button that sends that text — keep it short (two words): four buttons share one row in Teams.
/// </summary>
public sealed record CommandHelp(string Keyword, string Usage, string? Example = null)
{
    /// <summary>The commands SecurityBot ships with, in the order the help shows them.</summary>
    public static IReadOnlyList<CommandHelp> Defaults { get; } =
    [
        new("report", ChatLanguage.English[nameof(ChatTexts.Usage_report)], "report"),
        new("policy", ChatLanguage.English[nameof(ChatTexts.Usage_policy)], "policy passwords"),
        new("risk", ChatLanguage.English[nameof(ChatTexts.Usage_risk)], "risk"),
        new("status", ChatLanguage.English[nameof(ChatTexts.Usage_status)], "status"),
        new("help", ChatLanguage.English[nameof(ChatTexts.Usage_help)], null),
    ];
}
