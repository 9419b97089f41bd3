namespace SecurityBot.Attestation.Application;

/// <summary>The campaign's durable timers: all on the campaign (entity id: its number), one kind each.</summary>
internal static class AttestationTimers
{
    public const string EntityType = AttestationCampaign.EntityType;

    /// <summary>Gives the next batch of the audience their card; reschedules itself until everyone has one.</summary>
    public const string FanOut = "attest.fanout";

    /// <summary>The daily reminder run (business days, the organisation's reminder time).</summary>
    public const string Reminders = "attest.reminders";

    /// <summary>Updates the owner's progress card, at most once per Attestation:ProgressUpdateSeconds.</summary>
    public const string Progress = "attest.progress";

    public static string EntityId(AttestationCampaign campaign) => campaign.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static bool TryParse(string entityId, out int number) =>
        int.TryParse(entityId, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) && number > 0;
}
