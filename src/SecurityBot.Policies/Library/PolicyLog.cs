using Microsoft.Extensions.Logging;

namespace SecurityBot.Policies.Library;

internal static partial class PolicyLog
{
    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning, Message = "Policy file {File} skipped: {Reason}")]
    public static partial void FileSkipped(ILogger logger, string file, string reason);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Information,
        Message = "Loaded {PolicyCount} policies ({SectionCount} sections, {ErrorCount} files skipped) from {Folder} in {ElapsedMs} ms")]
    public static partial void Loaded(ILogger logger, int policyCount, int sectionCount, int errorCount, string folder, long elapsedMs);

    [LoggerMessage(EventId = 6003, Level = LogLevel.Warning, Message = "Policy folder {Folder} does not exist; it is checked again every poll interval")]
    public static partial void FolderMissing(ILogger logger, string folder);

    [LoggerMessage(EventId = 6004, Level = LogLevel.Information, Message = "Watching {Folder} for policy changes")]
    public static partial void Watching(ILogger logger, string folder);

    [LoggerMessage(EventId = 6005, Level = LogLevel.Error, Message = "Reloading the policy library failed; the previous library stays in use")]
    public static partial void ReloadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6006, Level = LogLevel.Warning, Message = "The policy folder watcher reported an error; reloading to resynchronise")]
    public static partial void WatcherError(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 6007, Level = LogLevel.Warning,
        Message = "Cannot watch {Folder} for changes; checking it every {PollIntervalSeconds} s instead")]
    public static partial void WatcherUnavailable(ILogger logger, string folder, int pollIntervalSeconds, Exception exception);
}
