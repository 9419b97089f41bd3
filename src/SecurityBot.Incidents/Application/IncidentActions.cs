using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// What another capability (crisis rooms) may read and do with incidents. Actions go through
/// <see cref="IncidentTriage"/>, so they get exactly the card buttons' authorization, audit, card-copy updates,
/// reporter notices, observers and race handling; being sent from no card, they carry no expected version and apply
/// to the incident as it stands.
/// </summary>
internal sealed class IncidentActions(IncidentStore store, IncidentPeople people, IncidentTriage triage, IncidentCardPublisher publisher) : IIncidentActions
{
    public async Task<IncidentSnapshot?> FindAsync(string number, CancellationToken cancellationToken) =>
        await FindIncidentAsync(number, cancellationToken) is { } incident ? IncidentSnapshots.Of(incident) : null;

    public Task<bool> CanTriageAsync(string userId, CancellationToken cancellationToken) => people.CanTriageAsync(userId, cancellationToken);

    /// <summary>
    /// Commits its own unit of work on the scoped database context, and clears that context's tracked changes to read
    /// the incident afresh after a refusal or a lost race: call it with nothing of the caller's own pending.
    /// </summary>
    public async Task<IncidentActionResult> ActAsync(IncidentActionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!IncidentNumber.TryParse(request.Number, out var number))
        {
            // Says nothing about which numbers exist; the text asked about is not repeated (it is the caller's input).
            return new IncidentActionResult(UseCaseStatus.NotFound, "There is no incident with that number you can see.", null);
        }

        var (action, note) = request.Command switch
        {
            IncidentCommand.AddNote => (TriageAction.AddNote, request.Text),
            IncidentCommand.Assign => (TriageAction.Assign, null),
            IncidentCommand.ChangeSeverity => (TriageAction.ChangeSeverity, null),
            IncidentCommand.Acknowledge => (TriageAction.Acknowledge, null),
            IncidentCommand.Resolve => (TriageAction.Resolve, request.Text),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request.Command, "Unknown incident command."),
        };
        var result = await triage.TriageAsync(
            new TriageRequest(number, ExpectedVersion: null, action, new IncidentActor(request.ActorId, request.ActorName), note, request.AssigneeId, request.Severity),
            cancellationToken);
        return new IncidentActionResult(result.Status, result.Message, result.Incident is { } incident ? IncidentSnapshots.Of(incident) : null);
    }

    public async Task<bool> ShareLiveCardAsync(string number, string conversationId, string serviceUrl, string? tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conversationId);
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (await FindIncidentAsync(number, cancellationToken) is not { } incident)
        {
            return false;
        }

        // The conversation's copy is the channel's: read-only, the listed responders get their buttons by refresh,
        // recorded on delivery and updated with every other copy. Its idempotency key names the conversation.
        var responders = await people.RespondersAsync(cancellationToken);
        return await publisher.SendChannelCardAsync(incident, conversationId, serviceUrl, tenantId, responders, cancellationToken);
    }

    public async Task<IReadOnlyList<IncidentTimelineItem>> TimelineAsync(string number, CancellationToken cancellationToken) =>
        await FindIncidentAsync(number, cancellationToken) is { } incident
            ? incident.Timeline.Select(IncidentSnapshots.ItemOf).ToList()
            : [];

    private async Task<Incident?> FindIncidentAsync(string? number, CancellationToken cancellationToken) =>
        IncidentNumber.TryParse(number, out var parsed) ? await store.FindAsync(parsed, cancellationToken) : null;
}
