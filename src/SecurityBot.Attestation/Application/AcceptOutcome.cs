namespace SecurityBot.Attestation.Application;

/// <summary>How "I have read and accept" ended: the status, the sentence, and the campaign and person for the receipt.</summary>
internal sealed record AcceptOutcome(UseCaseStatus Status, string Message, AttestationCampaign? Campaign = null, AudienceMember? Member = null)
{
    public static AcceptOutcome NotFound(int number) =>
        new(UseCaseStatus.NotFound, $"Campaign {number.ToString(System.Globalization.CultureInfo.InvariantCulture)} does not ask you to accept anything.");
}
