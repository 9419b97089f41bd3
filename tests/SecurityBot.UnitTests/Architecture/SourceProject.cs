using System.Xml.Linq;

namespace SecurityBot.UnitTests.Architecture;

/// <summary>One project under src/ as its csproj declares it: its assembly and the projects it references.</summary>
internal sealed record SourceProject(string Name, string AssemblyName, bool IsWebHost, IReadOnlyList<string> ProjectReferences)
{
    /// <summary>Reads a csproj. Conditions are ignored on purpose: a reference under any condition is still a reference.</summary>
    public static SourceProject Load(string csprojPath)
    {
        var document = XDocument.Load(csprojPath);
        var root = document.Root ?? throw new InvalidOperationException($"{csprojPath} has no root element.");
        var name = Path.GetFileNameWithoutExtension(csprojPath);
        var directory = Path.GetDirectoryName(csprojPath)!;

        var assemblyName = root.Descendants("AssemblyName").Select(e => e.Value.Trim()).LastOrDefault(v => v.Length > 0) ?? name;
        var isWebHost = string.Equals((string?)root.Attribute("Sdk"), "Microsoft.NET.Sdk.Web", StringComparison.OrdinalIgnoreCase);
        var references = root.Descendants("ProjectReference")
            .Select(e => (string?)e.Attribute("Include"))
            .Where(include => !string.IsNullOrWhiteSpace(include))
            .Select(include => Path.GetFileNameWithoutExtension(
                Path.GetFullPath(Path.Combine(directory, include!.Replace('\\', Path.DirectorySeparatorChar)))))
            .ToList();

        return new SourceProject(name, assemblyName, isWebHost, references);
    }

    public override string ToString() => Name;
}
