using System.Collections.Concurrent;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;

namespace SecurityBot.IntegrationTests.Crisis;

/// <summary>
/// A test-only stand-in for the incidents capability at its contract boundary (IIncidentActions), whose real
/// implementation is built on another branch: incidents in an in-memory dictionary, and the triage rule the real one
/// applies (incident responders, from the real ISecurityRoles on the demo organisation). The crisis side under test
/// is all real.
/// </summary>
internal sealed class RegulatorStoredIncidents(ISecurityRoles roles) : IIncidentActions
{
    public ConcurrentDictionary<string, IncidentSnapshot> Incidents { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Task<IncidentSnapshot?> FindAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult(Incidents.TryGetValue(number, out var incident) ? incident : null);

    public Task<bool> CanTriageAsync(string userId, CancellationToken cancellationToken) => roles.IsIncidentResponderAsync(userId, cancellationToken);

    public Task<IncidentActionResult> ActAsync(IncidentActionRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new IncidentActionResult(UseCaseStatus.Refused, "Not part of the regulator's clock tests.", null));

    public Task<bool> ShareLiveCardAsync(string number, string conversationId, string serviceUrl, string? tenantId, CancellationToken cancellationToken) =>
        Task.FromResult(false);

    public Task<IReadOnlyList<IncidentTimelineItem>> TimelineAsync(string number, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<IncidentTimelineItem>>([]);
}
