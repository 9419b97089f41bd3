namespace SecurityBot.Attestation.Domain;

/// <summary>What a campaign's reminder run does on one date: remind the pending, tell the overdue's managers, both, or nothing.</summary>
internal sealed record ReminderDay(DateOnly Date, bool Remind, bool ManagerNotice, bool Overdue)
{
    public bool HasWork => Remind || ManagerNotice;
}
