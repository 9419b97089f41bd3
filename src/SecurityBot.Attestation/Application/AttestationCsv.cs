using System.Globalization;
using SecurityBot.Platform.Files;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// The campaign's evidence as CSV, one row per person of the audience: who (name, Entra object id, department),
/// which policy and version, where they are (accepted, accepted in an earlier campaign, pending, overdue, dropped
/// out), when they accepted (UTC, ISO 8601) and in which campaign, and what the bot did to get there (reminders, the
/// manager's notice). Written by <see cref="SpreadsheetCsv"/>: names and departments are directory text, escaped.
/// </summary>
internal static class AttestationCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "campaign", "policy", "policy title", "policy version", "person", "entra object id", "department", "status",
        "accepted at (UTC)", "accepted in campaign", "reminders", "manager told at (UTC)", "dropped out at (UTC)", "dropped out because",
    ];

    /// <summary>The header line, then one line per person in the order given; <paramref name="today"/> (the organisation's date) decides who is overdue.</summary>
    public static byte[] Write(AttestationCampaign campaign, IEnumerable<AudienceMember> members, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(members);
        return SpreadsheetCsv.Write(Headers, members.Select(m => Row(campaign, m, today)));
    }

    /// <summary>"attestation-campaign-7-acceptable-use-3.0-2026-12-05.csv": the policy id and version are the library's.</summary>
    public static string FileName(AttestationCampaign campaign, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        var safe = new string([.. $"{campaign.PolicyId}-{campaign.PolicyVersion}".Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' ? c : '-')]);
        return string.Create(CultureInfo.InvariantCulture, $"attestation-campaign-{campaign.Number}-{safe}-{today:yyyy-MM-dd}.csv");
    }

    /// <summary>The status word of one person: overdue is pending after the due date (the organisation's date).</summary>
    public static string Status(AttestationCampaign campaign, AudienceMember member, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        ArgumentNullException.ThrowIfNull(member);
        return member.Status switch
        {
            MemberStatus.Accepted when member.AcceptedInCampaign is { } earlier && earlier != campaign.Number => "accepted earlier",
            MemberStatus.Accepted => "accepted",
            MemberStatus.Removed => "dropped out",
            _ when today > campaign.DueOn => "overdue",
            _ => "pending",
        };
    }

    private static IReadOnlyList<string?> Row(AttestationCampaign campaign, AudienceMember m, DateOnly today) =>
    [
        campaign.Number.ToString(CultureInfo.InvariantCulture),
        campaign.PolicyId,
        campaign.PolicyTitle,
        campaign.PolicyVersion,
        m.DisplayName,
        m.UserId,
        m.Department,
        Status(campaign, m, today),
        Instant(m.AcceptedAt),
        m.Status == MemberStatus.Accepted ? (m.AcceptedInCampaign ?? campaign.Number).ToString(CultureInfo.InvariantCulture) : null,
        m.Reminders.ToString(CultureInfo.InvariantCulture),
        Instant(m.ManagerNotifiedAt),
        Instant(m.RemovedAt),
        m.RemovedReason,
    ];

    private static string? Instant(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
