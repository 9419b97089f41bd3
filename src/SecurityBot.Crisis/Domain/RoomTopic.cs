namespace SecurityBot.Crisis.Domain;

/// <summary>
/// The chat topic "INC-000042 — title": the number first, so people find the room by it and an earlier attempt's chat
/// is recognised by its exact topic. Control characters are dropped and the title is cut to fit Graph's limit.
/// </summary>
internal static class RoomTopic
{
    public static string For(string incidentNumber, string title)
    {
        var prefix = $"{incidentNumber} — ";
        var clean = new string([.. title.Where(c => !char.IsControl(c))]).Trim();
        if (clean.Length == 0)
        {
            return incidentNumber;
        }

        var room = CrisisRoom.MaxTopicLength - prefix.Length;
        return prefix + (clean.Length > room ? clean[..(room - 1)] + "…" : clean);
    }
}
