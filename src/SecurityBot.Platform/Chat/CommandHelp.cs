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
        new("report", "report <what happened> — report a security incident to the security team", "report"),
        new("policy", "policy <question> — search the security policies", "policy passwords"),
        new("risk", "risk <what and why> — ask for a risk to be accepted", "risk"),
        new("status", "status [incident id] — your open incidents, or the state of one", "status"),
        new("help", "help — show this list", null),
    ];
}
