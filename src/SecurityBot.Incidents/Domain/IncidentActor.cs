using SecurityBot.Platform.Chat;

namespace SecurityBot.Incidents.Domain;

/// <summary>Who did something to an incident: a directory object id and the name shown on cards.</summary>
internal sealed record IncidentActor(string Id, string Name)
{
    /// <summary>SecurityBot itself (escalations, correlation).</summary>
    public static IncidentActor System { get; } = new("securitybot", "SecurityBot");

    /// <summary>The person as resolved on the server (<see cref="ActorResolver"/>).</summary>
    public static IncidentActor From(ResolvedActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, actor.Name ?? "Unknown user");
    }
}
