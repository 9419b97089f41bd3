using SecurityBot.Conversation;
using SecurityBot.Core.Directory;
using SecurityBot.Core.RiskAcceptances;

namespace SecurityBot.RiskAcceptances;

/// <summary>The person behind a turn as a <see cref="RiskActor"/>: identity from the authenticated activity, name from the directory.</summary>
public sealed class RiskActors(IDirectory directory)
{
    public async Task<RiskActor> ResolveAsync(Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var user = await directory.GetUserAsync(actor.AadObjectId, cancellationToken);
        return new RiskActor(actor.AadObjectId, user?.DisplayName ?? actor.Name ?? actor.AadObjectId);
    }
}
