using SecurityBot.Platform.Directory;

namespace SecurityBot.Platform.Chat;

/// <summary>The one way to resolve who is acting: the authenticated identity, looked up in the directory.</summary>
public sealed class ActorResolver(IDirectory directory)
{
    /// <summary>The sender of a turn (<see cref="Actor.From"/>), as the directory knows them.</summary>
    public Task<ResolvedActor> ResolveAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return ResolveAsync(actor.AadObjectId, actor.Name, cancellationToken);
    }

    /// <summary>
    /// A person already identified by the server (an object id taken from an authenticated activity earlier in the
    /// flow), with the name Teams gave, used only when the directory has none.
    /// </summary>
    public async Task<ResolvedActor> ResolveAsync(string aadObjectId, string? teamsName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(aadObjectId);
        var entry = await directory.GetUserAsync(aadObjectId, cancellationToken);
        return new ResolvedActor(aadObjectId, entry?.DisplayName ?? teamsName, entry);
    }
}
