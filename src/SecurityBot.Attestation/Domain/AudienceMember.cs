namespace SecurityBot.Attestation.Domain;

/// <summary>
/// One person a campaign asks: whether they accepted (and when), the reminders they had, whether their manager was
/// told. A person is in a campaign once (unique campaign + person), so a double click or a retried fan-out finds the row.
/// </summary>
internal sealed class AudienceMember
{
    public const int MaxNameLength = 200;
    public const int MaxQuestionLength = 1000;

    private AudienceMember()
    {
    }

    public Guid Id { get; private set; }

    public Guid CampaignId { get; private set; }

    /// <summary>The person's Entra object id.</summary>
    public string UserId { get; private set; } = string.Empty;

    public string DisplayName { get; private set; } = string.Empty;

    public string? Department { get; private set; }

    public MemberStatus Status { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }

    public DateTimeOffset? AcceptedAt { get; private set; }

    /// <summary>When the acceptance came from an earlier campaign for the same version: that campaign's number.</summary>
    public int? AcceptedInCampaign { get; private set; }

    public int Questions { get; private set; }

    public int Reminders { get; private set; }

    /// <summary>The organisation's date of the last reminder: at most one a day.</summary>
    public DateOnly? LastRemindedOn { get; private set; }

    public DateTimeOffset? ManagerNotifiedAt { get; private set; }

    public DateTimeOffset? RemovedAt { get; private set; }

    public string? RemovedReason { get; private set; }

    public static AudienceMember Add(Guid campaignId, string userId, string displayName, string? department, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        return new AudienceMember
        {
            Id = Guid.NewGuid(),
            CampaignId = campaignId,
            UserId = userId,
            DisplayName = Bounded(string.IsNullOrWhiteSpace(displayName) ? userId : displayName.Trim()),
            Department = string.IsNullOrWhiteSpace(department) ? null : Bounded(department.Trim()),
            Status = MemberStatus.Pending,
            AddedAt = now,
        };
    }

    /// <summary>The person pressed "I have read and accept". False when they already had (the same receipt again); refuses after removal.</summary>
    public bool Accept(DateTimeOffset now)
    {
        switch (Status)
        {
            case MemberStatus.Accepted:
                return false;
            case MemberStatus.Removed:
                throw new RefusalException("You are no longer asked to accept this policy in this campaign.");
            default:
                Status = MemberStatus.Accepted;
                AcceptedAt = now;
                return true;
        }
    }

    /// <summary>Accepted the same version in an earlier campaign: counted as accepted then, no card needed.</summary>
    public void AcceptedEarlier(DateTimeOffset acceptedAt, int campaignNumber)
    {
        Status = MemberStatus.Accepted;
        AcceptedAt = acceptedAt;
        AcceptedInCampaign = campaignNumber;
    }

    /// <summary>Whether a reminder may go today: still pending and not reminded on this date. Records it when so.</summary>
    public bool Remind(DateOnly today)
    {
        if (Status != MemberStatus.Pending || LastRemindedOn >= today)
        {
            return false;
        }

        LastRemindedOn = today;
        Reminders++;
        return true;
    }

    /// <summary>Whether the manager may be told now: pending and not told before. Records it when so.</summary>
    public bool NotifyManager(DateTimeOffset now)
    {
        if (Status != MemberStatus.Pending || ManagerNotifiedAt is not null)
        {
            return false;
        }

        ManagerNotifiedAt = now;
        return true;
    }

    /// <summary>The person asked a question about the policy. Refuses empty or overlong text.</summary>
    public string AskQuestion(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new RefusalException("Write your question or what you disagree with.");
        }

        if (trimmed.Length > MaxQuestionLength)
        {
            throw new RefusalException($"Your question is {trimmed.Length} characters; the most is {MaxQuestionLength}.");
        }

        Questions++;
        return trimmed;
    }

    /// <summary>Left the directory or the audience while still pending: no more reminders. An acceptance stays as evidence.</summary>
    public bool Remove(string reason, DateTimeOffset now)
    {
        if (Status != MemberStatus.Pending)
        {
            return false;
        }

        Status = MemberStatus.Removed;
        RemovedAt = now;
        RemovedReason = reason;
        return true;
    }

    private static string Bounded(string value) => value.Length <= MaxNameLength ? value : value[..MaxNameLength];
}
