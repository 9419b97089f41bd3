using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// Every card the capability sends outside a turn, queued in the caller's unit of work. The idempotency keys name
/// the campaign, the person and the occasion (the reminder's date, the question's count), so a retried unit of work
/// never sends one twice.
/// </summary>
internal sealed class AttestationMessages(INotificationOutbox outbox, ICardCopyUpdater copies, ICardCopyRecorder recorder, IOptions<AttestationOptions> options)
{
    /// <summary>A person's card copies: the ask card (and reminders) are version 1, the receipt version 2.</summary>
    private const long AskVersion = 1;
    private const long ReceiptVersion = 2;

    public static EntityRef MemberEntity(AttestationCampaign campaign, string userId) =>
        new("attestation", $"{AttestationTimers.EntityId(campaign)}:{userId}");

    /// <summary>The owner's live progress card (its copies follow every progress update).</summary>
    public Task<bool> QueueProgressCardAsync(AttestationCampaign campaign, ProgressFigures figures, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutboundNotification(
            NotificationRecipient.User(campaign.OwnerId),
            TurnContextCardExtensions.ToActivityJson(ProgressCard.Create(campaign, figures)),
            $"attest:{campaign.Number}:progress:{campaign.OwnerId}",
            campaign.Entity,
            campaign.Version), cancellationToken);

    /// <summary>The card the owner pressed "Send" on shows the progress from now on (the invoke's answer): its copy is recorded at the campaign's version.</summary>
    public Task RecordProgressCardAsync(AttestationCampaign campaign, CardLocation pressed, CancellationToken cancellationToken) =>
        recorder.RecordAsync(campaign.Entity, campaign.Version, pressed, cancellationToken);

    /// <summary>Renders the card asking people to accept once per batch: it is the same for everyone in the campaign.</summary>
    public string AskJson(AttestationCampaign campaign, string? reminder = null) =>
        TurnContextCardExtensions.ToActivityJson(AttestationCard.Ask(campaign, campaign.Policy, options.Value.KeyRules, reminder));

    /// <summary>
    /// The card asking each of these people, queued with one lookup of their keys (a batch of 1,000 holds the write
    /// lock for well under a second); a reminder is a new card (with its date in the key), not an edit of the first.
    /// </summary>
    public Task<int> QueueAsksAsync(AttestationCampaign campaign, IEnumerable<string> userIds, string activityJson, string occasion, CancellationToken cancellationToken) =>
        outbox.EnqueueManyAsync([.. userIds.Select(userId => new OutboundNotification(
            NotificationRecipient.User(userId),
            activityJson,
            $"attest:{campaign.Number}:{occasion}:{userId}",
            MemberEntity(campaign, userId),
            AskVersion))], cancellationToken);

    /// <summary>
    /// Turns every other copy of the person's cards (the first and the reminders) into the receipt. The pressed card
    /// already shows it (the invoke's answer), so it is recorded at the receipt's version and not sent again: at 200
    /// acceptances a second, a redundant edit each would queue behind the tenant's 50 sends a second.
    /// </summary>
    public async Task<int> UpdateToReceiptAsync(AttestationCampaign campaign, AudienceMember member, CardLocation? pressed, CancellationToken cancellationToken)
    {
        var entity = MemberEntity(campaign, member.UserId);
        if (pressed is not null)
        {
            await recorder.RecordAsync(entity, ReceiptVersion, pressed, cancellationToken);
        }

        return await copies.EnqueueUpdatesAsync(entity, ReceiptVersion,
            _ => TurnContextCardExtensions.ToActivityJson(AttestationCard.Receipt(campaign, member)), cancellationToken);
    }

    /// <summary>Every copy of the owner's progress card shows <paramref name="figures"/>.</summary>
    public Task<int> UpdateProgressAsync(AttestationCampaign campaign, ProgressFigures figures, CancellationToken cancellationToken) =>
        copies.EnqueueUpdatesAsync(campaign.Entity, campaign.Version,
            _ => TurnContextCardExtensions.ToActivityJson(ProgressCard.Create(campaign, figures)), cancellationToken);

    /// <summary>Someone's question or disagreement, to a person who can answer it.</summary>
    public Task<bool> QueueQuestionAsync(AttestationCampaign campaign, AudienceMember member, string question, string recipientId, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutboundNotification(
            NotificationRecipient.User(recipientId),
            TurnContextCardExtensions.ToActivityJson(QuestionCard.Create(campaign, member, question)),
            $"attest:{campaign.Number}:question:{member.UserId}:{member.Questions}:{recipientId}"), cancellationToken);

    /// <summary>Any other card to a person, once per <paramref name="occasion"/>.</summary>
    public Task<bool> QueueAsync(AttestationCampaign campaign, string userId, AdaptiveCard card, string occasion, CancellationToken cancellationToken) =>
        outbox.EnqueueAsync(new OutboundNotification(
            NotificationRecipient.User(userId),
            TurnContextCardExtensions.ToActivityJson(card),
            $"attest:{campaign.Number}:{occasion}:{userId}"), cancellationToken);
}
