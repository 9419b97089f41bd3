using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>Two versions of a policy and a sent campaign of the first, for the re-attestation tests and card samples.</summary>
internal static class ReattestationSamples
{
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    public const string Owner = "0d4600df-edcf-4c5a-8700-cc2361eebecd";
    public const string Hostile = "**Urgent** [click](https://evil.example) <at>CEO</at> {{DATE(2026-01-01T00:00:00Z)}}\r\n# heading";

    public static PolicySnapshot Version30 { get; } = Policy("3.0",
        new("1", "Purpose and scope", "This policy sets the rules for using the organisation's information systems."),
        new("2.1", "Business use first", "Company systems are provided for business."),
        new("2.3", "Lock your screen", "Lock your screen whenever you leave your device."),
        new("3.4", "Personal cloud storage", "Do not store company data in personal cloud storage."));

    public static PolicySnapshot Version31 { get; } = Policy("3.1",
        new("1", "Purpose and scope", "This policy sets the rules for using the organisation's information systems."),
        new("2.1", "Business use first", "Company systems are provided for business."),
        new("2.3", "Lock your screen", "Lock your screen whenever you leave your device, even for a minute. Devices lock after 5 minutes."),
        new("2.4", "Report a lost device", "Report a lost or stolen device to the service desk within one hour."));

    public static PolicySnapshot Policy(string version, params PolicyDocumentSection[] sections) =>
        new("acceptable-use", "Acceptable Use Policy", version, "Chief Security Officer", "https://policies.example/acceptable-use", sections);

    /// <summary>A campaign for <paramref name="policy"/> to the Finance department, sent (active) unless asked for a draft.</summary>
    public static AttestationCampaign Campaign(PolicySnapshot policy, int number = 3, bool send = true, string audience = "Department Finance")
    {
        var campaign = AttestationCampaign.Draft(number, policy, new CampaignAudience(AudienceKind.Department, "Finance", audience), 12,
            new DateOnly(2026, 12, 21), null, Owner, "Tomas Herrera", new DateOnly(2026, 12, 7), 180, Now);
        if (send)
        {
            campaign.Start(Owner, Now);
        }

        return campaign;
    }
}
