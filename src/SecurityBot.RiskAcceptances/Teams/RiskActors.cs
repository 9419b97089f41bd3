using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Directory;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>The person behind a turn as a <see cref="RiskActor"/>: identity from the authenticated activity, name from the directory.</summary>
internal sealed class RiskActors(IDirectory directory)
{
    public async Task<RiskActor> ResolveAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await directory.GetUserAsync(actor.AadObjectId, cancellationToken);
        return new RiskActor(actor.AadObjectId, user?.DisplayName ?? actor.Name ?? actor.AadObjectId);
    }
}
