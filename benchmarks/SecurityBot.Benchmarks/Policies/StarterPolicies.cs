using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Library;

namespace SecurityBot.Benchmarks.Policies;

/// <summary>The shipped starter library, loaded the way the bot loads it.</summary>
internal static class StarterPolicies
{
    public static PolicyLibrary Library() =>
        new(
            Options.Create(new PolicyOptions()),
            new PolicyFolderLoader(new PolicyDocumentParser()),
            TimeProvider.System,
            NullLogger<PolicyLibrary>.Instance);

    public static IReadOnlyList<Policy> Load()
    {
        var library = Library();
        if (library.LoadReport.HasErrors || library.Policies.Count == 0)
        {
            throw new InvalidOperationException("The starter library did not load: " + string.Join("; ", library.LoadReport.Errors));
        }

        return library.Policies;
    }
}
