using Microsoft.Extensions.Options;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// Renders the risk acceptance card a viewer should see now, as the activity JSON an outbox notification carries (new
/// messages and updates of every copy). The viewer's role decides the buttons: approvers of the current stage get
/// Approve / Reject / Request changes, the requester and risk owner get Edit, Renew or Mark remediated; the card's
/// refresh gives each of <c>refreshUserIds</c> their own view wherever the card is (<see cref="RiskRefresh"/>).
/// </summary>
internal sealed class RiskCardRenderer(IOptions<RiskAcceptanceOptions> options)
{
    /// <param name="risk">The risk acceptance in its current state.</param>
    /// <param name="viewer">Who sees this copy.</param>
    /// <param name="headline">What just happened ("Approved by Megan Bowen"), or null.</param>
    /// <param name="alert">Raise a Teams activity-feed notification (for people who must act).</param>
    /// <param name="refreshUserIds">Teams ids of the people whose view differs (<see cref="RiskRefresh.Audience"/>).</param>
    /// <param name="reader">How this copy's reader sees times.</param>
    public string RenderActivity(RiskAcceptance risk, RiskCardViewer viewer, TimeDisplay reader, string? headline, bool alert, IReadOnlyList<string> refreshUserIds) =>
        TurnContextCardExtensions.ToActivityJson(RiskCard.Create(risk, viewer, reader, headline, options.Value.MaxDurationDays, refreshUserIds), alert);
}
