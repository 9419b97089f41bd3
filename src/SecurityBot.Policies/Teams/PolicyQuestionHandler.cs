using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// Answers "show policy passwords" and clear policy questions typed without the "policy" command. Runs after the
/// incident handler (lower <see cref="Order"/> runs first), so "my laptop was stolen, what do I do?" is reported
/// as an incident rather than answered with a clause.
/// </summary>
internal sealed class PolicyQuestionHandler(PolicyResponder responder, ITimeDisplays? readers = null) : IFreeTextHandler
{
    /// <summary>After incidents (which should use an Order below 200): reporting an incident matters more than citing a rule.</summary>
    public const int DefaultOrder = 200;

    public int Order => DefaultOrder;

    public async Task<bool> TryHandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PolicyFreeText.Read(MessageText(context), responder) is not { } request)
        {
            return false;
        }

        var text = await PolicyLanguage.ForTurnAsync(readers, context.Turn.Activity, cancellationToken).ConfigureAwait(false);
        await context.Turn.SendCardAsync(responder.Respond(request, text), cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <summary>
    /// The bot passes free text whole in <see cref="ChatCommandContext.Arguments"/> (the verb is its lower-cased,
    /// trimmed first word); a context split like a command ("can" + "I use…") is joined back.
    /// </summary>
    internal static string MessageText(ChatCommandContext context) =>
        context.Arguments.StartsWith(context.Verb, StringComparison.OrdinalIgnoreCase) && context.Verb.Length > 0
            ? context.Arguments
            : $"{context.Verb} {context.Arguments}".Trim();
}
