namespace SecurityBot.Crisis.Domain;

/// <summary>What a follow-up's reminder timer does when it fires.</summary>
internal enum FollowUpNudge
{
    /// <summary>Nothing: the action is done, or the lead was told already.</summary>
    None,

    /// <summary>Remind the owner (and fire again <see cref="FollowUpAction.ReminderInterval"/> later).</summary>
    Reminder,

    /// <summary>The owner was reminded <see cref="FollowUpAction.MaxReminders"/> times: tell the security lead, once, and stop.</summary>
    LeadNotice,
}
