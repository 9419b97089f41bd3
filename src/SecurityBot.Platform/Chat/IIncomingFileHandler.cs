using SecurityBot.Platform.Files;

namespace SecurityBot.Platform.Chat;

/// <summary>
/// Gets a message that carries files (Teams file attachments) before text handling: the capability that keeps files
/// (incident evidence) reads them with <see cref="FileDownloader"/>. One per bot; the message's text comes with it
/// (<see cref="ChatCommandContext.Arguments"/> is the whole text).
/// </summary>
public interface IIncomingFileHandler
{
    Task HandleAsync(ChatCommandContext context, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken);
}
