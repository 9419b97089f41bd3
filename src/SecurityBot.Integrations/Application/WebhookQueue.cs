using Microsoft.Extensions.Options;

namespace SecurityBot.Integrations.Application;

/// <summary>
/// Adds one delivery per interested endpoint to the scoped unit of work of a change; nothing is sent here. Order per
/// subject comes from the subject's version; changes told at the same version (a related report, then the severity
/// it raised) keep the order they were told in, counted per scope.
/// </summary>
internal sealed class WebhookQueue(SecurityBotDbContext db, IOptions<WebhookOptions> options, TimeProvider time)
{
    private readonly Dictionary<(string Type, string Id, long Version), int> _told = [];

    public void Enqueue<TData>(string eventType, string subjectType, string subjectId, long version, DateTimeOffset occurredAt, TData data)
    {
        var endpoints = options.Value.Endpoints.Where(e => e.Value.Wants(eventType)).Select(e => e.Key).ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        var key = (subjectType, subjectId, version);
        var place = _told.GetValueOrDefault(key);
        _told[key] = place + 1;
        var now = time.GetUtcNow();
        var eventId = Guid.CreateVersion7(now);
        var payload = WebhookJson.Serialize(new WebhookEnvelope<TData>(eventId, eventType, occurredAt, data));
        foreach (var endpoint in endpoints)
        {
            db.Add(new WebhookDelivery(eventId, endpoint, eventType, subjectType, subjectId, (version * 1_000) + Math.Min(place, 999), payload, now));
        }
    }
}
