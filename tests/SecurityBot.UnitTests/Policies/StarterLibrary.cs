using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityBot.Policies.Library;

namespace SecurityBot.UnitTests.Policies;

/// <summary>The shipped policy library (copied next to the test assembly by the host project), loaded once.</summary>
internal static class StarterLibrary
{
    private static readonly Lazy<PolicyLibrary> Library = new(() => Create("policies"));

    public static PolicyLibrary Instance => Library.Value;

    public static PolicyLibrary Create(string folder, int debounceMilliseconds = 100) =>
        new(
            Options.Create(new PolicyOptions { Folder = folder, ReloadDebounceMilliseconds = debounceMilliseconds }),
            new PolicyFolderLoader(new PolicyDocumentParser()),
            TimeProvider.System,
            NullLogger<PolicyLibrary>.Instance);
}
