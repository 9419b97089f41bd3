namespace SecurityBot.Attestation.Application;

/// <summary>
/// How "Draft re-attestation" ended: the status and sentence, and on success what the campaign form starts with —
/// the policy, the earlier campaign (its audience, and the version people accepted), a due date and a message.
/// </summary>
internal sealed record ReattestationPlan(
    UseCaseStatus Status, string Message, string? PolicyId = null, AttestationCampaign? Previous = null, DateOnly? DueOn = null, string? Text = null)
{
    public bool Succeeded => Status == UseCaseStatus.Succeeded;
}
