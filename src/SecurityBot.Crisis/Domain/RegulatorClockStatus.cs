namespace SecurityBot.Crisis.Domain;

/// <summary>
/// A regulator's clock: Running (personal data is involved, the authority is owed a notification by the deadline) →
/// Notified (someone recorded the notification) or NotNotifiable (the DPO, CSO or lead decided none is needed).
/// Both ends stop the reminders for good.
/// </summary>
internal enum RegulatorClockStatus
{
    Running = 0,
    Notified = 1,
    NotNotifiable = 2,
}
