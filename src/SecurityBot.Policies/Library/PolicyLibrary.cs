using SecurityBot.Platform.Contracts;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Policies.Library;

/// <summary>
/// The live policy library: loads the configured folder, builds the search index and swaps both in one reference
/// write, so a search running during a reload uses either the old or the new library, never a mix.
/// </summary>
internal sealed class PolicyLibrary : IPolicyLibrary, IPolicySearch, IPolicyCatalog, IPolicyReviews, IPolicyDocuments
{
    private readonly PolicyOptions _options;
    private readonly PolicyFolderLoader _loader;
    private readonly TimeProvider _time;
    private readonly ILogger<PolicyLibrary> _logger;
    private readonly Lock _reloadLock = new();
    private PolicyCatalog? _catalog;

    public PolicyLibrary(IOptions<PolicyOptions> options, PolicyFolderLoader loader, TimeProvider time, ILogger<PolicyLibrary> logger)
    {
        _options = options.Value;
        _loader = loader;
        _time = time;
        _logger = logger;
    }

    public string Folder => _options.ResolveFolder();

    public IReadOnlyList<Policy> Policies => Catalog.Policies;

    public PolicyLoadReport LoadReport => Catalog.Report;

    IReadOnlyList<PolicyReference> IPolicyCatalog.References => [.. Policies.Select(p => new PolicyReference(p.Id, p.Title))];

    IReadOnlyList<PolicyReviewFact> IPolicyReviews.Reviews => [.. Policies.Select(p => new PolicyReviewFact(p.Id, p.Title, p.Version, p.Owner, p.Review))];

    PolicyReference? IPolicyCatalog.FindReference(string idOrName) =>
        Find(idOrName) is { } policy ? new PolicyReference(policy.Id, policy.Title) : null;

    PolicySectionReference? IPolicyCatalog.FindSectionReference(string policyId, string section) =>
        Catalog.FindById(policyId)?.FindSection(section) is { } clause ? new PolicySectionReference(clause.Number, clause.Heading) : null;

    IReadOnlyList<PolicyDocument> IPolicyDocuments.Documents => [.. Policies.Select(ToDocument)];

    PolicyDocument? IPolicyDocuments.FindDocument(string idOrName) => Find(idOrName) is { } policy ? ToDocument(policy) : null;

    private static PolicyDocument ToDocument(Policy policy) => new(
        policy.Id, policy.Title, policy.Version, policy.Owner, policy.Url,
        [.. policy.Sections.Select(s => new PolicyDocumentSection(s.Number, s.Heading, s.Text))])
    {
        Contact = policy.Contact,
    };

    private PolicyCatalog Catalog => Volatile.Read(ref _catalog) ?? LoadOnce();

    public Policy? Find(string idOrName)
    {
        if (string.IsNullOrWhiteSpace(idOrName))
        {
            return null;
        }

        var catalog = Catalog;
        var trimmed = idOrName.Trim();
        var bounded = trimmed.Length > 200 ? trimmed[..200] : trimmed;
        return catalog.FindById(bounded.ToLowerInvariant())
            ?? PolicyNameMatcher.Find(catalog.Policies, bounded, TextAnalyzer.Default);
    }

    public PolicySearchResult Search(string question, int top = 3) => Catalog.Index.Search(question, top);

    /// <summary>Reads the folder again and swaps in the new library. Safe to call from any thread.</summary>
    public PolicyLoadReport Reload()
    {
        lock (_reloadLock)
        {
            var folder = Folder;
            var stopwatch = Stopwatch.StartNew();
            var result = _loader.Load(folder, _options.MaxFileBytes);
            var index = PolicyIndex.Build(result.Policies);
            var report = new PolicyLoadReport(folder, _time.GetUtcNow(), result.Policies.Count, index.SectionCount, result.Errors);
            Volatile.Write(ref _catalog, new PolicyCatalog(result.Policies, index, report));

            foreach (var error in result.Errors)
            {
                PolicyLog.FileSkipped(_logger, error.File, error.Reason);
            }

            PolicyLog.Loaded(_logger, report.PolicyCount, report.SectionCount, result.Errors.Count, folder, stopwatch.ElapsedMilliseconds);
            return report;
        }
    }

    private PolicyCatalog LoadOnce()
    {
        lock (_reloadLock)
        {
            if (Volatile.Read(ref _catalog) is { } loaded)
            {
                return loaded;
            }

            Reload();
            return Volatile.Read(ref _catalog)!;
        }
    }
}
