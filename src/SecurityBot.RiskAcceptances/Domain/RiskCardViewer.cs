namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>Who a risk acceptance card is rendered for.</summary>
/// <param name="UserId">Object id of the person seeing it; null for a channel copy.</param>
/// <param name="MayDecide">Whether the server resolved them as an approver of the current stage (buttons shown).</param>
internal sealed record RiskCardViewer(string? UserId, bool MayDecide)
{
    /// <summary>A read-only copy (channel, or someone with nothing to do).</summary>
    public static RiskCardViewer ReadOnly(string? userId) => new(userId, false);
}
