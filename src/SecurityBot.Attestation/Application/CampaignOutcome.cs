namespace SecurityBot.Attestation.Application;

/// <summary>How a campaign use case ended: the status, the sentence for the person, the campaign when there is one, the form's field errors.</summary>
internal sealed record CampaignOutcome(UseCaseStatus Status, string Message, AttestationCampaign? Campaign = null, IReadOnlyList<FieldError>? Errors = null)
{
    public bool Succeeded => Status == UseCaseStatus.Succeeded;

    /// <summary>The same answer for a campaign that does not exist and one the person may not see.</summary>
    public static CampaignOutcome NotFound(int number) =>
        new(UseCaseStatus.NotFound, $"There is no campaign {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} for you.");

    public static CampaignOutcome NotAllowed { get; } =
        new(UseCaseStatus.Forbidden, "Policy campaigns are run by the security team, the security lead and the CSO.");
}
