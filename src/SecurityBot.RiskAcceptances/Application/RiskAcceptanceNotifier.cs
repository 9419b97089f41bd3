using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Conversations;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Regional;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Timers;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// Everything a change causes besides the entity itself, added to the same unit of work: the audit entry, the
/// update of every card copy, the new approvers' cards, the requester's (and owner's) notice, and the timers. Every
/// card carries the refresh for the people whose view differs at that version (<see cref="RiskRefresh"/>).
/// </summary>
internal sealed class RiskAcceptanceNotifier(
    INotificationOutbox outbox,
    ICardCopyUpdater copies,
    ICardCopyRecorder recorder,
    ITimerScheduler timers,
    IAuditLog audit,
    RiskCardRenderer cards,
    TeamsUserIdLookup teamsUserIds,
    ISecurityRoles roles,
    ITimeDisplays readers,
    IOptions<RiskAcceptanceOptions> options,
    TimeProvider time)
{
    public const string EntityType = "RiskAcceptance";
    public const string ReminderKind = "risk.reminder";
    public const string ExpiryKind = "risk.expiry";

    public static EntityRef Entity(RiskAcceptance risk)
    {
        ArgumentNullException.ThrowIfNull(risk);
        return new EntityRef(EntityType, risk.Reference);
    }

    /// <summary>Whether <paramref name="idempotencyKey"/> is that of an approval card of <paramref name="reference"/> sent to <paramref name="userId"/> (see SendAsync).</summary>
    public static bool IsApprovalCard(string idempotencyKey, string reference, string userId) =>
        idempotencyKey is not null
        && idempotencyKey.StartsWith($"risk:{reference}:v", StringComparison.Ordinal)
        && idempotencyKey.EndsWith($":approve:{userId}", StringComparison.Ordinal);

    /// <summary>Appends the audit entry of an event about <paramref name="risk"/>; a null actor is the system (timers).</summary>
    public Task<AuditEntry> AuditAsync(RiskAcceptance risk, string action, RiskActor? actor, string? details, CancellationToken cancellationToken) =>
        audit.AppendAsync(new AuditRecord(EntityType, risk.Reference, action, actor?.Id, actor?.Name, details), cancellationToken);

    /// <summary>
    /// Updates every copy (buttons only for the current stage's approvers), asks the approvers when
    /// <paramref name="askApprovers"/>, and tells the requester and risk owner — and the security team when asked.
    /// The person who acted on <paramref name="origin"/> gets no second message: the invoke response already
    /// replaced their card, and that card is recorded as a copy, so later changes update it.
    /// </summary>
    public async Task PublishAsync(RiskAcceptance risk, RiskStageApprovers approvers, string headline, bool askApprovers, bool tellSecurityTeam, CancellationToken cancellationToken, CardLocation? origin = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(approvers);
        var entity = Entity(risk);
        var refresh = await RefreshUserIdsAsync(risk, approvers, cancellationToken);
        await copies.EnqueueUpdatesAsync(entity, risk.Version,
            view => cards.RenderActivity(risk, new RiskCardViewer(view.RecipientAadObjectId, approvers.Contains(view.RecipientAadObjectId)), view.Reader, headline, alert: false,
                refresh),
            cancellationToken);

        var told = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (askApprovers)
        {
            foreach (var approver in approvers.People)
            {
                told.Add(approver.Id);
                await SendAsync(risk, approver.Id, "approve", new RiskCardViewer(approver.Id, true), headline, alert: true, refresh, cancellationToken);
            }
        }

        if (origin?.RecipientAadObjectId is { } actedOnCard)
        {
            told.Add(actedOnCard);
        }

        foreach (var person in new[] { risk.RequesterId, risk.RiskOwnerId })
        {
            if (told.Add(person))
            {
                await SendAsync(risk, person, "status", RiskCardViewer.ReadOnly(person), headline, alert: true, refresh, cancellationToken);
            }
        }

        if (tellSecurityTeam)
        {
            foreach (var member in await roles.GetSecurityTeamAsync(cancellationToken))
            {
                if (told.Add(member.Id))
                {
                    await SendAsync(risk, member.Id, "security", RiskCardViewer.ReadOnly(member.Id), headline, alert: false, refresh, cancellationToken);
                }
            }
        }

        if (origin is not null)
        {
            // The message the user acted on becomes a copy, so later changes update it as well.
            await recorder.RecordAsync(entity, risk.Version, origin, cancellationToken);
        }
    }

    /// <summary>
    /// The reminder before expiry, to the requester and the risk owner (with Renew / Mark remediated);
    /// <paramref name="approvers"/> are those of a renewal being approved meanwhile, for the card's refresh.
    /// </summary>
    public async Task RemindAsync(RiskAcceptance risk, RiskStageApprovers approvers, int daysBefore, CancellationToken cancellationToken)
    {
        var refresh = await RefreshUserIdsAsync(risk, approvers, cancellationToken);
        var expires = risk.ExpiresAt ?? throw new InvalidOperationException($"{risk.Reference} has no expiry.");
        foreach (var person in new[] { risk.RequesterId, risk.RiskOwnerId }.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            // The day it expires is the day in the reader's own zone.
            var reader = await readers.ForAsync(person, cancellationToken);
            var headline = string.Create(CultureInfo.InvariantCulture, $"{risk.Reference} expires in {daysBefore} days, on {reader.At(expires)}. Renew it or mark it remediated.");
            var key = string.Create(CultureInfo.InvariantCulture, $"risk:{risk.Reference}:remind:{daysBefore}:{expires.UtcTicks}:{person}");
            await outbox.EnqueueAsync(new OutboundNotification(NotificationRecipient.User(person),
                cards.RenderActivity(risk, RiskCardViewer.ReadOnly(person), reader, headline, alert: true, refresh), key, Entity(risk), risk.Version), cancellationToken);
        }
    }

    /// <summary>After an acceptance (or renewal): the expiry timer and the first reminder still ahead.</summary>
    public async Task ScheduleExpiryAsync(RiskAcceptance risk, CancellationToken cancellationToken)
    {
        var expires = risk.ExpiresAt ?? throw new InvalidOperationException($"{risk.Reference} has no expiry.");
        await timers.ScheduleAsync(EntityType, risk.Reference, ExpiryKind, expires, Payload(expires, null), cancellationToken);
        await ScheduleReminderAfterAsync(risk, int.MaxValue, cancellationToken);
    }

    /// <summary>Schedules the next reminder whose offset is below <paramref name="previousDays"/> and still in the future.</summary>
    public async Task ScheduleReminderAfterAsync(RiskAcceptance risk, int previousDays, CancellationToken cancellationToken)
    {
        var expires = risk.ExpiresAt ?? throw new InvalidOperationException($"{risk.Reference} has no expiry.");
        var now = time.GetUtcNow();
        foreach (var days in options.Value.EffectiveReminderDays.Where(d => d < previousDays))
        {
            var due = expires.AddDays(-days);
            if (due > now)
            {
                await timers.ScheduleAsync(EntityType, risk.Reference, ReminderKind, due, Payload(expires, days), cancellationToken);
                return;
            }
        }

        await timers.CancelAsync(EntityType, risk.Reference, ReminderKind, cancellationToken);
    }

    public async Task CancelTimersAsync(RiskAcceptance risk, CancellationToken cancellationToken)
    {
        await timers.CancelAsync(EntityType, risk.Reference, ReminderKind, cancellationToken);
        await timers.CancelAsync(EntityType, risk.Reference, ExpiryKind, cancellationToken);
    }

    private Task<IReadOnlyList<string>> RefreshUserIdsAsync(RiskAcceptance risk, RiskStageApprovers approvers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(approvers);
        return teamsUserIds.ForAsync(RiskRefresh.Audience(risk, approvers), cancellationToken);
    }

    private async Task<bool> SendAsync(RiskAcceptance risk, string userId, string purpose, RiskCardViewer viewer, string headline, bool alert,
        IReadOnlyList<string> refresh, CancellationToken cancellationToken)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"risk:{risk.Reference}:v{risk.Version}:{purpose}:{userId}");
        var reader = await readers.ForAsync(userId, cancellationToken);
        return await outbox.EnqueueAsync(new OutboundNotification(NotificationRecipient.User(userId),
            cards.RenderActivity(risk, viewer, reader, headline, alert, refresh), key, Entity(risk), risk.Version), cancellationToken);
    }

    private static string Payload(DateTimeOffset expires, int? daysBefore) =>
        JsonSerializer.Serialize(new RiskTimerPayload(expires.UtcTicks, daysBefore));
}
