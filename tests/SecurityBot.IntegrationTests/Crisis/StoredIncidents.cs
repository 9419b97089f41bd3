using System.Collections.Concurrent;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// A test-only IIncidentActions: incidents and their timelines in a dictionary. This fakes ANOTHER capability at its
/// contract boundary (the incidents capability's implementation is being written on its own branch); the crisis
/// code under test is all real. Triage is allowed to the people listed in <see cref="Triagers"/>.
/// </summary>
internal sealed class StoredIncidents : IIncidentActions
{
    private readonly ConcurrentDictionary<string, IncidentSnapshot> _incidents = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, List<IncidentTimelineItem>> _timelines = new(StringComparer.OrdinalIgnoreCase);

    public HashSet<string> Triagers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void Put(IncidentSnapshot incident, params IncidentTimelineItem[] timeline)
    {
        _incidents[incident.Number] = incident;
        _timelines[incident.Number] = [.. timeline];
    }

    public Task<IncidentSnapshot?> FindAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult(_incidents.GetValueOrDefault(number));

    public Task<bool> CanTriageAsync(string userId, CancellationToken cancellationToken) => Task.FromResult(Triagers.Contains(userId));

    public Task<IncidentActionResult> ActAsync(IncidentActionRequest request, CancellationToken cancellationToken) =>
        throw new NotSupportedException("The review tests do not act on incidents.");

    public Task<bool> ShareLiveCardAsync(string number, string conversationId, string serviceUrl, string? tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(true);

    public Task<IReadOnlyList<IncidentTimelineItem>> TimelineAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IncidentTimelineItem>>(_timelines.TryGetValue(number, out var items) ? items : []);
}
