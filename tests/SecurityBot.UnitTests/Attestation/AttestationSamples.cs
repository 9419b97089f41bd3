using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>A small policy and campaign the attestation unit tests share.</summary>
internal static class AttestationSamples
{
    public const string Owner = "0d4600df-edcf-4c5a-8700-cc2361eebecd";
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 3, 2);

    public static PolicySnapshot Policy(string version = "3.0", params PolicyDocumentSection[] sections) =>
        new("acceptable-use", "Acceptable Use Policy", version, "Chief Security Officer", "https://policies.example.test/acceptable-use",
            sections.Length > 0 ? sections : DefaultSections);

    public static IReadOnlyList<PolicyDocumentSection> DefaultSections { get; } =
    [
        new("1", "Purpose and scope", "This policy sets the rules for using company systems. It applies to everyone given an account."),
        new("2", "General rules", string.Empty),
        new("2.1", "Business use first", "Company systems are provided for business. Occasional personal use is allowed."),
        new("2.2", "You are responsible for your account", "Never share your account. IT will never ask for your password."),
        new("3", "Prohibited use", string.Empty),
        new("3.1", "Unapproved software", "Install software only from the company portal."),
    ];

    public static CampaignAudience Group { get; } = new(AudienceKind.Group, "group-id", "Group Finance");

    public static AttestationCampaign Campaign(DateOnly? dueOn = null, string? message = null, int audienceSize = 12) =>
        AttestationCampaign.Draft(1, Policy(), Group, audienceSize, dueOn ?? Today.AddDays(14), message, Owner, "Tomas Herrera", Today, 180, Now);
}
