namespace SecurityBot.Crisis.Domain;

internal sealed partial class CrisisRoom
{
    /// <summary>
    /// A step failed in a way that may pass (429, 5xx, no answer). True when the room is given up now
    /// (<paramref name="maxAttempts"/> reached): it is then Failed, like a permanent refusal.
    /// </summary>
    public bool StepFailedTransiently(string error, int maxAttempts, DateTimeOffset now)
    {
        Attempts++;
        LastError = Clip(error);
        Touch(now);
        if (Attempts < maxAttempts)
        {
            return false;
        }

        Status = CrisisRoomStatus.Failed;
        return true;
    }

    /// <summary>A step was refused for good (403: a permission is missing; 501: no Graph): the room is Failed until someone opens it again.</summary>
    public void StepFailedPermanently(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = Clip(error);
        Status = CrisisRoomStatus.Failed;
        Touch(now);
    }

    /// <summary>Someone asked again for a room that failed (after fixing a permission): it is tried again from the step it stopped at.</summary>
    public void Retry(DateTimeOffset now)
    {
        Require(Status == CrisisRoomStatus.Failed, "Only a room that could not be opened is tried again.");
        Status = ChatId is not null && BotInstalledAt is not null && OpenedAt is not null ? CrisisRoomStatus.Open : CrisisRoomStatus.Requested;
        Attempts = 0;
        Touch(now);
    }

    /// <summary>The incident ended: no more reminders; the chat stays for the review and the record.</summary>
    public void Close(DateTimeOffset now)
    {
        if (Status == CrisisRoomStatus.Closed)
        {
            return;
        }

        Status = CrisisRoomStatus.Closed;
        ClosedAt = now;
        NextUpdateDueAt = null;
        Touch(now);
    }

    /// <summary>Records a stakeholder update (open rooms only) and moves the next one's due time.</summary>
    public StakeholderUpdate RecordUpdate(StakeholderUpdateDraft draft, (string Id, string Name) author, TimeSpan cadence, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        Require(IsOpen, Status == CrisisRoomStatus.Closed
            ? "The incident is closed: its room takes no more stakeholder updates."
            : "The room is not open yet.");
        UpdateCount++;
        NextUpdateDueAt = now + cadence;
        Touch(now);
        return new StakeholderUpdate(Id, UpdateCount, draft, author.Id, author.Name, now, NextUpdateDueAt.Value);
    }

    /// <summary>The next update is due and nobody posted one: the next reminder comes one cadence later.</summary>
    public void UpdateReminded(TimeSpan cadence, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            return;
        }

        NextUpdateDueAt = now + cadence;
        Touch(now);
    }

    private static string Clip(string error) => error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
}
