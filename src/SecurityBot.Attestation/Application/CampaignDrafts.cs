using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// The form's "Next": checks who asks (a security role), finds the policy and its current version, counts the
/// audience in the directory, and stores a draft the starter then sends. Nothing goes to anyone yet.
/// </summary>
internal sealed partial class CampaignDrafts(
    AttestationStore store,
    CampaignRoles roles,
    AudienceResolver audiences,
    Reattestations reattestations,
    IPolicyDocuments policies,
    IOptions<AttestationOptions> options,
    TimeProvider time,
    ILogger<CampaignDrafts> logger)
{
    private static readonly CommitRetry DraftRetry = new(MaxAttempts: 5, VersionConflicts: false, AttestationUniqueKeys.CampaignNumber);

    public async Task<CampaignOutcome> DraftAsync(ResolvedActor actor, CampaignRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(request);
        if (!await roles.MayRunCampaignsAsync(actor.Id, cancellationToken))
        {
            LogRefused(logger, actor.Id);
            return CampaignOutcome.NotAllowed;
        }

        var errors = new List<FieldError>();
        var policy = string.IsNullOrWhiteSpace(request.Policy) ? null : policies.FindDocument(request.Policy);
        if (policy is null)
        {
            errors.Add(new FieldError("policy", "Choose a policy from the list."));
        }

        // A configured group may be chosen by its name; the card then says "Group Finance", not an object id.
        var (groupId, groupName) = options.Value.FindGroup(request.AudienceValue);
        var audience = CampaignAudience.From(request.AudienceKind, request.AudienceKind == AudienceKind.Group ? groupId : request.AudienceValue, groupName, out var audienceError);
        if (audienceError is not null)
        {
            errors.Add(new FieldError("audienceValue", audienceError));
        }

        if (request.DueOn is null)
        {
            errors.Add(new FieldError("due", "Choose the due date."));
        }

        // A re-attestation compares with the earlier campaign the form names: checked here, not trusted from the card.
        PolicySnapshot? previous = null;
        if (request.Reattest is { } earlier && policy is not null)
        {
            (previous, var previousError) = await reattestations.PreviousAsync(earlier, PolicySnapshot.Of(policy), cancellationToken);
            if (previousError is not null)
            {
                errors.Add(new FieldError("policy", previousError));
            }
        }

        if (errors.Count > 0)
        {
            return new CampaignOutcome(UseCaseStatus.Invalid, "Some fields need fixing.", Errors: errors);
        }

        var people = await audiences.ResolveAsync(audience!, cancellationToken);
        var o = options.Value;
        if (people.Count > o.MaxAudience)
        {
            return new CampaignOutcome(UseCaseStatus.Invalid, "The audience is too large.",
                Errors: [new FieldError("audienceValue", $"{people.Count} people is more than one campaign may ask ({o.MaxAudience}).")]);
        }

        var now = time.GetUtcNow();
        var today = new ReminderSchedule(o).Today(now);
        var owner = actor.Entry?.DisplayName ?? actor.Name ?? actor.Id;
        try
        {
            var campaign = await DraftRetry.RunAsync(store.Db, async _ =>
            {
                var draft = AttestationCampaign.Draft(await store.NextNumberAsync(cancellationToken), PolicySnapshot.Of(policy!), audience!,
                    people.Count, request.DueOn!.Value, request.Message, actor.Id, owner, today, o.MaxDueDays, now, previous);
                store.Add(draft);
                await store.Db.SaveChangesAsync(cancellationToken);
                return draft;
            });
            LogDrafted(logger, campaign.Number, campaign.PolicyId, campaign.PolicyVersion, campaign.AudienceSize, actor.Id);
            return new CampaignOutcome(UseCaseStatus.Succeeded, $"{people.Count} people will be asked.", campaign);
        }
        catch (RefusalException refusal)
        {
            store.Db.ChangeTracker.Clear();
            return new CampaignOutcome(UseCaseStatus.Invalid, refusal.Message, Errors: [new FieldError(FieldFor(refusal.Message), refusal.Message)]);
        }
    }

    private static string FieldFor(string message) =>
        message.Contains("due date", StringComparison.OrdinalIgnoreCase) ? "due"
        : message.Contains("message", StringComparison.OrdinalIgnoreCase) ? "message"
        : "audienceValue";

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not run policy campaigns")]
    private static partial void LogRefused(ILogger logger, string userId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Campaign {Number} drafted: policy {PolicyId} {Version}, {Size} people, by {UserId}")]
    private static partial void LogDrafted(ILogger logger, int number, string policyId, string version, int size, string userId);
}
