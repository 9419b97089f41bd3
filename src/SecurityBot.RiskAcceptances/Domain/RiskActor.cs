using SecurityBot.Platform.Chat;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// A person acting on a risk acceptance, as resolved on the server (authenticated activity + directory): the
/// object id is the identity; the name is kept for the record as it was at the time.
/// </summary>
internal sealed record RiskActor
{
    public const int MaxNameLength = 200;

    public RiskActor(string id, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id.Trim();
        Name = string.IsNullOrWhiteSpace(name) ? Id : name.Trim()[..Math.Min(name.Trim().Length, MaxNameLength)];
    }

    /// <summary>The person as resolved on the server (<see cref="ActorResolver"/>); without a name, the object id stands in.</summary>
    public static RiskActor From(ResolvedActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return new(actor.Id, actor.Name ?? actor.Id);
    }

    /// <summary>Entra object id.</summary>
    public string Id { get; }

    public string Name { get; }

    /// <summary>Object ids are GUIDs compared case-insensitively, as Entra does.</summary>
    public bool Is(string? id) => id is not null && string.Equals(Id, id.Trim(), StringComparison.OrdinalIgnoreCase);
}
