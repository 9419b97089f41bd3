using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.UnitTests.Policies;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>
/// Campaigns, people and progress figures for the attestation cards' samples and tests, built through the domain's
/// own methods from the shipped acceptable-use policy.
/// </summary>
internal static class AttestationCardExamples
{
    public const string Hostile = "**Urgent** [click](https://evil.example) <at>CEO</at> {{DATE(2026-01-01T00:00:00Z)}}\r\n# heading\r\n1. www.evil.example mail@evil.example";
    public static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);
    public static readonly DateOnly Due = Today.AddDays(14);
    public static readonly string LongName = "Maximiliana-Josephina " + new string('W', 90) + " von Hohenzollern-Sigmaringen-" + new string('x', 100);

    public static IPolicyDocuments PolicyLibrary => StarterLibrary.Instance;

    public static PolicySnapshot AcceptableUse() => PolicySnapshot.Of(PolicyLibrary.FindDocument("acceptable-use")!);

    /// <summary>The shipped policy with the most text: the full-text card's real worst case.</summary>
    public static PolicySnapshot Longest() => PolicySnapshot.Of(PolicyLibrary.Documents.MaxBy(d => d.Sections.Sum(s => s.Heading.Length + s.Text.Length))!);

    /// <summary>A policy far larger than any card, its text full of markup that escaping lengthens.</summary>
    public static PolicySnapshot Huge(string? url = null) => new(
        "huge", "Huge Policy", "9.0", "CSO", url,
        [.. Enumerable.Range(1, 40).Select(i => new PolicyDocumentSection(
            i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Section {i} <at>x</at>",
            string.Concat(Enumerable.Repeat("*a* [b](https://c.example) <d> \u200B ", 120))))]);

    /// <summary>Version 2.0 of the acceptable-use policy "before": 3.4 worded differently, 3.5 not there yet.</summary>
    public static PolicySnapshot AcceptableUsePrevious()
    {
        var now = AcceptableUse();
        return now with
        {
            Version = "2.0",
            Sections = [.. now.Sections.Where(s => s.Number != "3.5").Select(s => s.Number == "3.4" ? s with { Text = "Do not upload company data to personal cloud storage." } : s)],
        };
    }

    public static AttestationCampaign Campaign(
        string? message = null, string ownerName = "Priya Raman", string audience = "Finance", PolicySnapshot? policy = null,
        PolicySnapshot? previous = null, int size = 34, int number = 7) =>
        AttestationCampaign.Draft(
            number, policy ?? AcceptableUse(), new CampaignAudience(AudienceKind.Group, "4f6c1a2e-0000-4000-8000-000000000001", $"Group {audience}"),
            size, Due, message, "owner-aad", ownerName, Today, 180, Now, previous);

    public static AttestationCampaign Started(AttestationCampaign campaign, bool fannedOut = true)
    {
        campaign.Start("owner-aad", Now.AddMinutes(1));
        if (fannedOut)
        {
            campaign.FannedOut(campaign.AudienceSize, Now.AddMinutes(3));
        }

        return campaign;
    }

    public static AudienceMember Member(string name = "Isaiah Langer", string? department = "Finance", AttestationCampaign? campaign = null) =>
        AudienceMember.Add(campaign?.Id ?? Guid.NewGuid(), "user-aad-1", name, department, Now);

    public static AudienceMember Accepted(AudienceMember member)
    {
        member.Accept(Now.AddHours(2));
        return member;
    }

    public static AudienceMember Reminded(AudienceMember member, int times)
    {
        for (var i = 0; i < times; i++)
        {
            member.Remind(Today.AddDays(i));
        }

        return member;
    }

    public static ProgressFigures Running(int asked = 34, int accepted = 12) =>
        new(asked, accepted, 2, 0, Departments(), [], true);

    public static IReadOnlyList<DepartmentProgress> Departments() =>
    [
        new("Sales", 3, 11), new("Finance", 4, 9), new("Engineering", 3, 7), new("Legal", 2, 4), new("People & Culture", 3, 3),
    ];

    /// <summary>After the due date: twelve departments (one hostile, one very long), fifteen names of 1,234 overdue.</summary>
    public static ProgressFigures Overdue()
    {
        string[] names =
        [
            Hostile, LongName, "Adele Vance", "Alex Wilber", "Bianca Pisani", "Cameron White", "Christie Cline", "Debra Berger",
            "Diego Siciliani", "Emily Braun", "Enrico Cattaneo", "Grady Archie", "Henrietta Mueller", "Irvin Sayers", "Isaiah Langer",
        ];
        IReadOnlyList<DepartmentProgress> departments =
        [
            new(Hostile, 10, 300), new(LongName, 50, 290), new("Sales", 700, 1_900), new("Finance", 400, 800), new("Engineering", 2_100, 2_500),
            new("Legal", 80, 120), new("Marketing", 200, 300), new("Operations", 500, 600), new("Support", 900, 1_000),
            new("Research", 300, 330), new("Procurement", 60, 61), new("(no department)", 40, 40),
        ];
        return new ProgressFigures(8_141, 6_907, 57, 1_234, departments, names, true);
    }
}
