using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Policies.Library;

/// <summary>
/// Loads the library at start-up (so broken files are reported straight away) and reloads it when files in the
/// folder change: file-system notifications for speed, plus a periodic listing as a safety net where notifications
/// do not arrive. Changes are debounced: an editor's burst of writes produces one reload after a quiet period.
/// </summary>
internal sealed class PolicyFolderWatcher(
    PolicyLibrary library,
    IOptions<PolicyOptions> options,
    TimeProvider time,
    ILogger<PolicyFolderWatcher> logger) : BackgroundService
{
    // Capacity 1 and DropWrite: a pending signal already means "reload", more of them add nothing.
    private readonly Channel<bool> _changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    private int _loadedFingerprint;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        TryReload();
        if (!options.Value.WatchForChanges)
        {
            return;
        }

        var folder = library.Folder;
        using var watcher = TryWatch(folder);
        var polling = PollAsync(folder, stoppingToken);
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

        await polling;
    }

    private FileSystemWatcher? TryWatch(string folder)
    {
        if (!System.IO.Directory.Exists(folder))
        {
            PolicyLog.FolderMissing(logger, folder);
            return null;
        }

        var watcher = new FileSystemWatcher(folder, "*.md")
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            IncludeSubdirectories = false,
        };
        watcher.Changed += (_, _) => Signal();
        watcher.Created += (_, _) => Signal();
        watcher.Deleted += (_, _) => Signal();
        watcher.Renamed += (_, _) => Signal();
        watcher.Error += (_, e) =>
        {
            PolicyLog.WatcherError(logger, e.GetException());
            Signal();
        };

        try
        {
            watcher.EnableRaisingEvents = true;
            PolicyLog.Watching(logger, folder);
            return watcher;
        }
        catch (IOException ex)
        {
            // Typically the per-user inotify instance limit on a busy Linux host; polling still picks changes up.
            PolicyLog.WatcherUnavailable(logger, folder, options.Value.PollIntervalSeconds, ex);
            watcher.Dispose();
            return null;
        }
    }

    private async Task PollAsync(string folder, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollIntervalSeconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (FolderFingerprint.Of(folder) != Volatile.Read(ref _loadedFingerprint))
                {
                    Signal();
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    private void Signal() => _changes.Writer.TryWrite(true);

    private void TryReload()
    {
        try
        {
            // Taken before loading: a change made during the load makes the next poll differ and reload again.
            Volatile.Write(ref _loadedFingerprint, FolderFingerprint.Of(library.Folder));
            library.Reload();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            PolicyLog.ReloadFailed(logger, ex);
        }
    }
}
