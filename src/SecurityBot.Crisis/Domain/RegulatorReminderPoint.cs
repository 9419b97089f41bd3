namespace SecurityBot.Crisis.Domain;

/// <summary>
/// One moment the DPO and the CSO hear about a running clock: <see cref="HoursBefore"/> hours before the deadline, or
/// the deadline itself (0: the notice that it has passed). <see cref="Key"/> names it in outbox keys, so a retried or
/// replayed reminder is the same message.
/// </summary>
internal sealed record RegulatorReminderPoint(DateTimeOffset At, int HoursBefore)
{
    public bool IsDeadline => HoursBefore == 0;

    public string Key => IsDeadline ? "deadline" : $"{HoursBefore}h";
}
