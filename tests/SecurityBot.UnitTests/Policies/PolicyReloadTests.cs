using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityBot.Policies.Library;

namespace SecurityBot.UnitTests.Policies;

/// <summary>Integration test: real files in a temp folder, the real FileSystemWatcher, the real debounce.</summary>
public sealed class PolicyReloadTests : IAsyncLifetime
{
    // Generous: this waits for an event on a shared, busy machine; it is not a speed assertion.
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(20);

    private readonly TempPolicyFolder _folder = new();
    private PolicyLibrary _library = null!;
    private PolicyFolderWatcher _watcher = null!;

    public async Task InitializeAsync()
    {
        _folder.Write("first.md", TempPolicyFolder.ValidPolicy("first", body: "Original rule about kiwis."));
        _library = StarterLibrary.Create(_folder.Path);
        // The poll is the watcher's own safety net for lost events: when the full suite runs, dozens of hosts hold
        // inotify instances and a FileSystemWatcher may not get one, which is what made this test flaky under load.
        var options = Options.Create(new PolicyOptions { Folder = _folder.Path, ReloadDebounceMilliseconds = 100, PollIntervalSeconds = 1 });
        _watcher = new PolicyFolderWatcher(_library, options, TimeProvider.System, NullLogger<PolicyFolderWatcher>.Instance);
        await _watcher.StartAsync(CancellationToken.None);
        await WaitUntil(() => _library.Find("first") is not null);
    }

    public async Task DisposeAsync()
    {
        await _watcher.StopAsync(CancellationToken.None);
        _watcher.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public async Task Watcher_NewFile_IsLoadedWithoutRestart()
    {
        _folder.Write("second.md", TempPolicyFolder.ValidPolicy("second", body: "Rule about pineapples."));

        await WaitUntil(() => _library.Find("second") is not null);

        _library.Search("pineapples").Hits.Should().Contain(h => h.Policy.Id == "second");
    }

    [Fact]
    public async Task Watcher_ChangedFile_ReplacesTheIndexedText()
    {
        _folder.Write("first.md", TempPolicyFolder.ValidPolicy("first", body: "Updated rule about mangoes."));

        await WaitUntil(() => _library.Search("mangoes").HasHits);

        _library.Search("kiwis").HasHits.Should().BeFalse();
    }

    [Fact]
    public async Task Watcher_DeletedFile_IsRemoved()
    {
        _folder.Delete("first.md");

        await WaitUntil(() => _library.Find("first") is null);

        _library.LoadReport.PolicyCount.Should().Be(0);
    }

    [Fact]
    public async Task Watcher_BrokenEdit_IsReportedAndOtherFilesStayLoaded()
    {
        _folder.Write("second.md", TempPolicyFolder.ValidPolicy("second"));
        await WaitUntil(() => _library.Find("second") is not null);

        _folder.Write("second.md", "---\nid: [oops\n---\n");

        await WaitUntil(() => _library.LoadReport.HasErrors);
        _library.LoadReport.Errors.Single().File.Should().Be("second.md");
        _library.Find("first").Should().NotBeNull();
    }

    [Fact]
    public async Task Watcher_FolderCreatedAfterStart_IsPickedUpByPolling()
    {
        using var later = new TempPolicyFolder();
        System.IO.Directory.Delete(later.Path);
        var library = StarterLibrary.Create(later.Path);
        var options = Options.Create(new PolicyOptions { Folder = later.Path, ReloadDebounceMilliseconds = 50, PollIntervalSeconds = 1 });
        using var watcher = new PolicyFolderWatcher(library, options, TimeProvider.System, NullLogger<PolicyFolderWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        await WaitUntil(() => library.LoadReport.HasErrors);

        System.IO.Directory.CreateDirectory(later.Path);
        later.Write("late.md", TempPolicyFolder.ValidPolicy("late"));

        await WaitUntil(() => library.Find("late") is not null);
        library.LoadReport.HasErrors.Should().BeFalse();
        await watcher.StopAsync(CancellationToken.None);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("the policy library did not reload in time");
            }

            await Task.Delay(50);
        }
    }
}
