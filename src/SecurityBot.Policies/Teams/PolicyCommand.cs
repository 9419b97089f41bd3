using SecurityBot.Platform.Chat;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// "policy &lt;question&gt;" answers from the policy library; "policy &lt;id&gt;" or "policy show &lt;name&gt;" shows a
/// policy; "policies" lists them; "policy status" shows the last load report.
/// </summary>
internal sealed class PolicyCommand(PolicyResponder responder) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["policy", "policies"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "policy");

    public Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Turn.SendCardAsync(responder.Respond(context.Arguments), cancellationToken);
    }
}
