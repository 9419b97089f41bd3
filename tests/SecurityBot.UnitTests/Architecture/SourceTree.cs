using System.Reflection;
using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Architecture;

/// <summary>
/// The projects under src/, read from the checkout, sorted into the host, the foundation projects (which know no
/// capability) and the capabilities. A capability is found, not listed: any project that references the platform and
/// is not the host.
/// </summary>
internal sealed class SourceTree
{
    public const string Platform = "SecurityBot.Platform";

    /// <summary>The projects every capability may build on and that must never know a capability.</summary>
    public static readonly IReadOnlyList<string> FoundationNames = [Platform, "SecurityBot.BotFramework", "SecurityBot.Cards"];

    private SourceTree(IReadOnlyList<SourceProject> projects)
    {
        Projects = projects;
        Hosts = [.. projects.Where(p => p.IsWebHost)];
        Foundation = [.. projects.Where(p => FoundationNames.Contains(p.Name))];
        Capabilities = [.. projects.Where(p => !p.IsWebHost && !FoundationNames.Contains(p.Name) && p.ProjectReferences.Contains(Platform))];
    }

    public IReadOnlyList<SourceProject> Projects { get; }

    public IReadOnlyList<SourceProject> Hosts { get; }

    public IReadOnlyList<SourceProject> Foundation { get; }

    public IReadOnlyList<SourceProject> Capabilities { get; }

    public static SourceTree Read()
    {
        var src = Path.Combine(RepositoryRoot.Find(), "src");
        var projects = System.IO.Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(path => !IsBuildOutput(path))
            .Order(StringComparer.Ordinal)
            .Select(SourceProject.Load)
            .ToList();
        return new SourceTree(projects);
    }

    /// <summary>
    /// The compiled assembly of a project. The unit tests reference the host, so every project the host ships is in
    /// the test output; one that is not fails here rather than being skipped.
    /// </summary>
    public static Assembly LoadAssembly(SourceProject project) => Assembly.Load(new AssemblyName(project.AssemblyName));

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }
}
