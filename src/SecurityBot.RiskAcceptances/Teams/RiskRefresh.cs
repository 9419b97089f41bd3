using SecurityBot.Cards;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The refresh of a risk card (Universal Actions): when a listed person opens any copy, Teams asks the bot for their
/// own view ("risk.refresh"), so the copy shows the buttons the server resolves for them now — even a copy that was
/// sent to someone else or whose update has not arrived yet. The refresh carries only the request's reference and
/// version; who opened it comes from the authenticated activity (<see cref="RiskCardActionHandler"/>).
/// </summary>
internal static class RiskRefresh
{
    /// <summary>
    /// Object ids of those whose view differs from the read-only one now, those who must act first: the requester and
    /// the risk owner when the card gives them a button (edit, renew, mark remediated), then the current stage's approvers.
    /// </summary>
    public static IReadOnlyList<string> Audience(RiskAcceptance risk, RiskStageApprovers approvers)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(approvers);
        // The buttons themselves (RiskCardActions) decide whose view differs, so the two cannot disagree.
        return new[] { risk.RequesterId, risk.RiskOwnerId }
            .Concat(approvers.People.Select(p => p.Id))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(id => RiskCardActions.HasAny(risk, new RiskCardViewer(id, approvers.Contains(id))))
            .ToList();
    }

    /// <summary>The card's refresh block for <paramref name="teamsUserIds"/> (Teams ids of the <see cref="Audience"/>); null for nobody.</summary>
    public static CardRefresh? Block(RiskAcceptance risk, IReadOnlyList<string> teamsUserIds) =>
        CardRefresh.ForFirstUsers(new ExecuteAction("Refresh", RiskVerbs.Refresh, RiskCardActions.Data(risk, withStage: false)), teamsUserIds);
}
