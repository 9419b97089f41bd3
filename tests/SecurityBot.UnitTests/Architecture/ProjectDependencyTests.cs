namespace SecurityBot.UnitTests.Architecture;

/// <summary>
/// Capabilities stay apart: one never references another (they meet through SecurityBot.Platform's Contracts), and
/// the foundation projects never reference a capability or the host. Checked twice, because each check misses what
/// the other sees: the csproj (a reference nobody uses yet is still a dependency waiting to be used) and the compiled
/// assembly (what the code actually binds to, however the reference got there).
/// </summary>
public sealed class ProjectDependencyTests
{
    private static readonly SourceTree Tree = SourceTree.Read();

    public static TheoryData<string> CapabilityNames => [.. Tree.Capabilities.Select(p => p.Name)];

    public static TheoryData<string> FoundationNames => [.. Tree.Foundation.Select(p => p.Name)];

    [Fact]
    public void SourceTree_Discovery_FindsTheHostTheFoundationAndAtLeastTheKnownCapabilities()
    {
        Tree.Hosts.Select(p => p.Name).Should().Equal("SecurityBot");
        Tree.Foundation.Select(p => p.Name).Should().BeEquivalentTo(SourceTree.FoundationNames);
        Tree.Capabilities.Select(p => p.Name).Should().Contain(["SecurityBot.Incidents", "SecurityBot.RiskAcceptances", "SecurityBot.Policies", "SecurityBot.Metrics", "SecurityBot.Crisis", "SecurityBot.Attestation"]);
    }

    [Fact]
    public void SourceTree_EveryProject_IsTheHostAFoundationProjectOrACapability()
    {
        var sorted = Tree.Hosts.Concat(Tree.Foundation).Concat(Tree.Capabilities).ToHashSet();

        Tree.Projects.Where(p => !sorted.Contains(p)).Should().BeEmpty(
            "a new project under src/ is either a capability (it references {0}) or is added to the foundation list on purpose",
            SourceTree.Platform);
    }

    [Theory]
    [MemberData(nameof(CapabilityNames))]
    public void CapabilityProject_Csproj_ReferencesNoOtherCapabilityNorTheHost(string name)
    {
        var project = Find(name);
        var forbidden = ForbiddenFor(project);

        project.ProjectReferences.Where(forbidden.Contains).Should().BeEmpty(
            "{0} must not reference another capability or the host; capabilities meet through {1}/Contracts", name, SourceTree.Platform);
    }

    [Theory]
    [MemberData(nameof(CapabilityNames))]
    public void CapabilityAssembly_Compiled_ReferencesNoOtherCapabilityNorTheHost(string name)
    {
        var project = Find(name);
        var references = CompiledReferences(project).ToList();

        // The platform is what makes it a capability; seeing it proves the list is the real one, not empty.
        references.Should().Contain(Find(SourceTree.Platform).AssemblyName);
        references.Where(ForbiddenAssemblies(project).Contains).Should().BeEmpty(
            "{0} must not bind to another capability or the host; capabilities meet through {1}/Contracts", name, SourceTree.Platform);
    }

    [Theory]
    [MemberData(nameof(FoundationNames))]
    public void FoundationProject_Csproj_ReferencesNoCapabilityNorTheHost(string name)
    {
        var project = Find(name);

        project.ProjectReferences.Where(ForbiddenFor(project).Contains).Should().BeEmpty(
            "{0} is shared by every capability and knows none of them", name);
    }

    [Theory]
    [MemberData(nameof(FoundationNames))]
    public void FoundationAssembly_Compiled_ReferencesNoCapabilityNorTheHost(string name)
    {
        var project = Find(name);

        CompiledReferences(project).Where(ForbiddenAssemblies(project).Contains).Should().BeEmpty(
            "{0} is shared by every capability and knows none of them", name);
    }

    private static SourceProject Find(string name) => Tree.Projects.Single(p => p.Name == name);

    /// <summary>Every capability other than the project itself, and the host.</summary>
    private static HashSet<SourceProject> Forbidden(SourceProject project) =>
        [.. Tree.Capabilities.Concat(Tree.Hosts).Where(p => p != project)];

    private static HashSet<string> ForbiddenFor(SourceProject project) =>
        [.. Forbidden(project).Select(p => p.Name)];

    private static HashSet<string> ForbiddenAssemblies(SourceProject project) =>
        new(Forbidden(project).Select(p => p.AssemblyName), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> CompiledReferences(SourceProject project) =>
        SourceTree.LoadAssembly(project).GetReferencedAssemblies().Select(a => a.Name ?? string.Empty);
}
