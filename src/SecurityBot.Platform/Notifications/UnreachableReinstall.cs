using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Notifications;

/// <summary>
/// Before a person is given up as unreachable: one reinstall of the bot for them through Graph, when
/// Outbox:ReinstallUnreachable allows it and the directory is Graph. The caller then re-creates the 1:1 conversation
/// and sends once more; the message's one conversation re-creation (<see cref="OutboxMessage.ConversationRecreated"/>)
/// bounds it to a single try per message.
/// </summary>
internal sealed partial class UnreachableReinstall(
    IOptions<OutboxOptions> options,
    IOptions<DirectoryOptions> directory,
    ILogger<UnreachableReinstall> logger,
    ITeamsAppInstaller? installer = null)
{
    public bool Allows => options.Value.ReinstallUnreachable && directory.Value.Provider == DirectoryProvider.Graph && installer is not null;

    /// <summary>True when the app is installed for the person (again) and their chat with the bot is known.</summary>
    public async Task<bool> TryAsync(string userAadObjectId, Guid outboxId, CancellationToken cancellationToken)
    {
        try
        {
            var chatId = await installer!.EnsureInstalledAndGetChatIdAsync(userAadObjectId, cancellationToken);
            LogReinstalled(logger, outboxId, chatId is not null);
            return chatId is not null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogReinstallFailed(logger, ex, outboxId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Outbox row {OutboxId}: the recipient was unreachable; reinstalling the app for them through Graph: chat found {Found}")]
    private static partial void LogReinstalled(ILogger logger, Guid outboxId, bool found);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox row {OutboxId}: the recipient was unreachable and reinstalling the app for them failed")]
    private static partial void LogReinstallFailed(ILogger logger, Exception exception, Guid outboxId);
}
