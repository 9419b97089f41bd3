using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Infrastructure.Policies;

/// <summary>
/// Loads the library at start-up (so broken files are reported straight away) and reloads it when files in the
/// folder change. Changes are debounced: an editor's burst of writes produces one reload after a quiet period.
/// </summary>
public sealed class PolicyFolderWatcher(
    PolicyLibrary library,
    IOptions<PolicyOptions> options,
    TimeProvider time,
    ILogger<PolicyFolderWatcher> logger) : BackgroundService
{
    // Capacity 1 and DropWrite: a pending signal already means "reload", more of them add nothing.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        TryReload();
        if (!options.Value.WatchForChanges)
        {
            return;
        }

        var folder = library.Folder;
        if (!Directory.Exists(folder))
        {
            PolicyLog.FolderMissing(logger, folder);
            return;
        }

        using var watcher = new FileSystemWatcher(folder, "*.md")
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Created += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Deleted += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => _changes.Writer.TryWrite(true);
        watcher.Error += (_, e) =>
        {
            PolicyLog.WatcherError(logger, e.GetException());
            _changes.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        PolicyLog.Watching(logger, folder);

        var quietPeriod = TimeSpan.FromMilliseconds(options.Value.ReloadDebounceMilliseconds);
        try
        {
            while (await _changes.Reader.WaitToReadAsync(stoppingToken))
            {
                do
                {
                    _changes.Reader.TryRead(out _);
                    await Task.Delay(quietPeriod, time, stoppingToken);
                }
                while (_changes.Reader.TryPeek(out _));

                TryReload();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void TryReload()
    {
        try
        {
            library.Reload();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            PolicyLog.ReloadFailed(logger, ex);
        }
    }
}
