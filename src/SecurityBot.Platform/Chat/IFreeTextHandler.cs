namespace SecurityBot.Platform.Chat;

/// <summary>
/// Gets a message that is not a command before the bot falls back to "I did not understand": e.g. text that reads
/// like an incident ("my laptop was stolen") or a policy question. Handlers run in <see cref="Order"/>; the first
/// that returns true owns the turn.
/// </summary>
public interface IFreeTextHandler
{
    int Order { get; }

    Task<bool> TryHandleAsync(ChatCommandContext context, CancellationToken cancellationToken);
}
