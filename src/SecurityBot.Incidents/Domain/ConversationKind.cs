namespace SecurityBot.Incidents.Domain;

/// <summary>Where a reported Teams message was posted (from the activity's conversation, not the payload).</summary>
internal enum ConversationKind
{
    Personal = 0,
    GroupChat = 1,
    Channel = 2,
}
