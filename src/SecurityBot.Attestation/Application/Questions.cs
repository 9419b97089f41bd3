using Microsoft.Extensions.Logging;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// "I have a question": a person of the audience disagrees or asks; their words reach the campaign's owner and the
/// policy's contact (front matter <c>contact</c>, looked up in the directory before the unit of work) as a card, escaped. The audit records that a question was asked, not the
/// words. Nothing about the acceptance changes.
/// </summary>
internal sealed partial class Questions(
    AttestationStore store,
    AttestationMessages messages,
    IDirectory directory,
    IAuditLog audit,
    ILogger<Questions> logger)
{
    private static readonly CommitRetry AskRetry = new(MaxAttempts: 5, VersionConflicts: false, PlatformUniqueKeys.AuditSequence);

    public async Task<AcceptOutcome> AskAsync(int number, ResolvedActor actor, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var contact = await store.ReadAsync(number, cancellationToken) is { } read && read.Policy.Contact is { } who
            ? await directory.GetUserAsync(who, cancellationToken)
            : null;
        return await AskRetry.RunAsync(store.Db, async _ =>
        {
            var campaign = await store.FindAsync(number, cancellationToken);
            var member = campaign is null || campaign.Status == CampaignStatus.Draft ? null : await store.FindMemberAsync(campaign.Id, actor.Id, cancellationToken);
            if (campaign is null || member is null)
            {
                return AcceptOutcome.NotFound(number);
            }

            string question;
            try
            {
                question = member.AskQuestion(text);
            }
            catch (RefusalException refusal)
            {
                return new AcceptOutcome(UseCaseStatus.Invalid, refusal.Message, campaign, member);
            }

            await messages.QueueQuestionAsync(campaign, member, question, campaign.OwnerId, cancellationToken);
            if (contact is not null && !campaign.IsOwner(contact.Id))
            {
                await messages.QueueQuestionAsync(campaign, member, question, contact.Id, cancellationToken);
            }

            await audit.AppendAsync(new AuditRecord(AttestationCampaign.EntityType, AttestationTimers.EntityId(campaign), "question", actor.Id, member.DisplayName,
                $"Asked a question about {campaign.PolicyTitle} version {campaign.PolicyVersion}"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogAsked(logger, actor.Id, campaign.Number);
            return new AcceptOutcome(UseCaseStatus.Succeeded, contact is not null && !campaign.IsOwner(contact.Id)
                ? $"Your question went to {contact.DisplayName}, who answers for this policy, and to {campaign.OwnerName}, who runs this campaign."
                : $"Your question went to {campaign.OwnerName}, who runs this campaign.", campaign, member);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} asked a question about campaign {Number}")]
    private static partial void LogAsked(ILogger logger, string userId, int number);
}
