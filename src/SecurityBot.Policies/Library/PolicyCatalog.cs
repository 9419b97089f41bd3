namespace SecurityBot.Policies.Library;

/// <summary>One consistent load of the library: the policies, their search index and the load report, swapped as a unit.</summary>
internal sealed class PolicyCatalog
{
    private readonly Dictionary<string, Policy> _byId;

    public PolicyCatalog(IReadOnlyList<Policy> policies, PolicyIndex index, PolicyLoadReport report)
    {
        Policies = policies;
        Index = index;
        Report = report;
        _byId = policies.ToDictionary(p => p.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Policy> Policies { get; }

    public PolicyIndex Index { get; }

    public PolicyLoadReport Report { get; }

    public Policy? FindById(string id) => _byId.GetValueOrDefault(id);
}
