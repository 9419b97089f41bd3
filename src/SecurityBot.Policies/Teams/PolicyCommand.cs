using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// "policy &lt;question&gt;" answers from the policy library; "policy &lt;id&gt;" or "policy show &lt;name&gt;" shows a
/// policy; "policies" lists them; "policy status" shows the last load report.
/// </summary>
internal sealed class PolicyCommand(PolicyResponder responder, ITimeDisplays? readers = null) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["policy", "policies"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "policy");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = await PolicyLanguage.ForTurnAsync(readers, context.Turn.Activity, cancellationToken);
        await context.Turn.SendCardAsync(responder.Respond(context.Arguments, text), cancellationToken);
    }
}
