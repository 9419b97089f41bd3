namespace SecurityBot.Platform.Chat;

/// <summary>
/// A text command ("report …", "policy …"). The bot strips its own mention, takes the first word as the verb and
/// calls the command whose <see cref="Verbs"/> contain it. Register with <c>services.AddChatCommand&lt;T&gt;()</c>.
/// </summary>
public interface IChatCommand
{
    /// <summary>
    /// Lower-case first words this command answers, e.g. ["policy", "policies"]; a verb may be two words ("policy
    /// campaign"), which wins over the one-word verb ("policy") when both match.
    /// </summary>
    IReadOnlyList<string> Verbs { get; }

    /// <summary>The line the help card shows for this command.</summary>
    CommandHelp Help { get; }

    Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken);
}
