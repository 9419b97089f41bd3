namespace SecurityBot.Crisis.Domain;

/// <summary>What a requested or open room needs next to be what its incident asks for (one Graph or outbox step at a time).</summary>
internal enum CrisisRoomStep
{
    /// <summary>Nothing: the room is as it should be.</summary>
    None,

    /// <summary>Find a chat an earlier attempt may have made, else create it.</summary>
    CreateChat,

    /// <summary>Install the bot in the chat so the connector may post there.</summary>
    InstallBot,

    /// <summary>Post the welcome and the incident's live card.</summary>
    PostCards,

    /// <summary>Add people who joined the incident since (a new acknowledger or assignee).</summary>
    AddMembers,
}
