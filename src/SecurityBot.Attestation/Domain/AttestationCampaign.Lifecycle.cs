namespace SecurityBot.Attestation.Domain;

/// <summary>The campaign's rules: what a draft must say, who sends it, and when it is done.</summary>
internal sealed partial class AttestationCampaign
{
    /// <summary>A campaign counted and waiting for its owner's "Send". Refuses a due date in the past or too far ahead.</summary>
    public static AttestationCampaign Draft(
        int number, PolicySnapshot policy, CampaignAudience audience, int audienceSize, DateOnly dueOn, string? message,
        string ownerId, string ownerName, DateOnly today, int maxDueDays, DateTimeOffset now, PolicySnapshot? previous = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(audience);
        ArgumentException.ThrowIfNullOrWhiteSpace(ownerId);
        if (dueOn <= today)
        {
            throw new RefusalException("The due date must be after today.");
        }

        if (dueOn > today.AddDays(maxDueDays))
        {
            throw new RefusalException($"The due date must be within {maxDueDays} days.");
        }

        if (audienceSize < 1)
        {
            throw new RefusalException($"Nobody is in {audience.Label}: check the group id or the department's spelling.");
        }

        var trimmed = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        if (trimmed?.Length > MaxMessageLength)
        {
            throw new RefusalException($"The message is {trimmed.Length} characters; the most is {MaxMessageLength}.");
        }

        var changes = previous is null ? null : policy.ChangesSince(previous);
        return new AttestationCampaign
        {
            Id = Guid.NewGuid(),
            Number = number,
            PolicyId = policy.Id,
            PolicyTitle = policy.Title,
            PolicyVersion = policy.Version,
            PolicyJson = policy.ToJson(),
            PreviousVersion = previous?.Version,
            ChangedSections = changes is null ? null : string.Join(", ", changes.Select(c => c.Number)),
            AudienceKind = audience.Kind,
            AudienceValue = audience.Value,
            AudienceLabel = Bounded(audience.Label),
            AudienceSize = audienceSize,
            DueOn = dueOn,
            Message = trimmed,
            OwnerId = ownerId,
            OwnerName = Bounded(ownerName),
            Status = CampaignStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
    }

    /// <summary>
    /// The owner's "Send": the draft becomes active. False when it already is (a double click, a retried invoke).
    /// Refuses anyone but the owner and a closed campaign.
    /// </summary>
    public bool Start(string actorId, DateTimeOffset now)
    {
        if (!IsOwner(actorId))
        {
            throw new RefusalException($"Campaign {Number} is {OwnerName}'s to send.");
        }

        switch (Status)
        {
            case CampaignStatus.Active:
                return false;
            case CampaignStatus.Closed:
                throw new RefusalException($"Campaign {Number} is closed.");
            default:
                Status = CampaignStatus.Active;
                StartedAt = now;
                Touch(now);
                return true;
        }
    }

    /// <summary>Every person of the audience has their card (or an earlier acceptance): the size is now the real count.</summary>
    public void FannedOut(int audienceSize, DateTimeOffset now)
    {
        AudienceSize = audienceSize;
        FannedOutAt ??= now;
        Touch(now);
    }

    /// <summary>Closes an active campaign: no more reminders; acceptances of its cards are still recorded. False when already closed.</summary>
    public bool Close(DateTimeOffset now)
    {
        if (Status == CampaignStatus.Closed)
        {
            return false;
        }

        Status = CampaignStatus.Closed;
        ClosedAt = now;
        Touch(now);
        return true;
    }

    /// <summary>Something the progress card shows changed.</summary>
    public void Touch(DateTimeOffset now)
    {
        Version++;
        UpdatedAt = now;
    }

    /// <summary>Whether the due date has passed on <paramref name="today"/> (the organisation's date).</summary>
    public bool IsOverdueOn(DateOnly today) => today > DueOn;

    private static string Bounded(string value) => value.Length <= MaxNameLength ? value : value[..MaxNameLength];
}
