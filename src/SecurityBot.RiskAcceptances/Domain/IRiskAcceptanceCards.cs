namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// Renders the risk acceptance card a viewer should see now, as the activity JSON an outbox notification carries
/// (implemented by the Teams-facing host). The viewer's role decides the buttons: approvers of the current stage
/// get Approve / Reject / Request changes, the requester and risk owner get Edit, Renew or Mark remediated.
/// </summary>
internal interface IRiskAcceptanceCards
{
    /// <param name="risk">The risk acceptance in its current state.</param>
    /// <param name="viewer">Who sees this copy.</param>
    /// <param name="headline">What just happened ("Approved by Megan Bowen"), or null.</param>
    /// <param name="alert">Raise a Teams activity-feed notification (for people who must act).</param>
    string RenderActivity(RiskAcceptance risk, RiskCardViewer viewer, string? headline, bool alert);
}
