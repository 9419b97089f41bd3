namespace SecurityBot.Crisis.Application;

/// <summary>
/// What one Graph step found, made outside the timer's unit of work (<see cref="CrisisRoomHandler.PrepareAsync"/>)
/// and recorded inside it: the step, what it acted on (the chat, the person added), the chat it made or found, or the
/// refusal.
/// </summary>
internal sealed record CrisisGraphCall(CrisisRoomStep Step, string? ChatId, string? MemberId, TeamsChatException? Error)
{
    /// <summary>Whether the room still needs exactly what this call did (another run may have recorded it meanwhile).</summary>
    public bool StillFits(CrisisRoom room) => room.NextStep() == Step && Step switch
    {
        CrisisRoomStep.CreateChat => room.ChatId is null,
        CrisisRoomStep.InstallBot => string.Equals(room.ChatId, ChatId, StringComparison.Ordinal),
        CrisisRoomStep.AddMembers => room.Members.Any(m => m.AddedAt is null && string.Equals(m.UserId, MemberId, StringComparison.OrdinalIgnoreCase)),
        _ => false,
    };
}
