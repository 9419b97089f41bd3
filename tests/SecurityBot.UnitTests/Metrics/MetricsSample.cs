using SecurityBot.Metrics.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>
/// A hand-checked month: November 2026 (UTC), the previous period 2 October – 1 November. The expected figures in
/// the tests are worked out by hand from these rows, not by running the code.
/// </summary>
internal static class MetricsSample
{
    public static readonly MetricsPeriod November = new(At(11, 1, 0), At(12, 1, 0), "November 2026");

    public static IReadOnlyList<IncidentFact> Incidents { get; } =
    [
        // High, acknowledged in 30 min (SLA 1 h), resolved after 24 h; a campaign of three reports.
        new("INC-000001", "phishing", IncidentSeverity.High, At(11, 2, 10), At(11, 2, 11), At(11, 2, 10, 30), At(11, 3, 10), false, 0, 3),
        // High, acknowledged after 2 h (late), closed after 48 h; escalated once.
        new("INC-000002", "phishing", IncidentSeverity.High, At(11, 5, 9), At(11, 5, 10), At(11, 5, 11), At(11, 7, 9), false, 1, 1),
        // Critical, never acknowledged, escalated twice, open: breaching now.
        new("INC-000003", "malware", IncidentSeverity.Critical, At(11, 10, 12), At(11, 10, 12, 15), null, null, false, 2, 1),
        // Low, acknowledged in 1 h, still open (10 days 16 h old at the end).
        new("INC-000004", "lost-device", IncidentSeverity.Low, At(11, 20, 8), At(11, 21, 8), At(11, 20, 9), null, false, 0, 1),
        // The previous period: a Medium acknowledged in time and closed, a Low dismissed on 1 November at midnight.
        new("INC-000005", "phishing", IncidentSeverity.Medium, At(10, 15, 8), At(10, 15, 12), At(10, 15, 9), At(10, 16, 8), false, 0, 1),
        new("INC-000007", "other", IncidentSeverity.Low, At(10, 20, 8), At(10, 21, 8), At(10, 20, 9), At(11, 1, 0), true, 0, 1),
        // Reported long before, acknowledged, still open: over 30 days old.
        new("INC-000006", "malware", IncidentSeverity.High, At(9, 1, 8), At(9, 1, 9), At(9, 1, 8, 20), null, false, 0, 1),
    ];

    public static IReadOnlyList<IncidentReportFact> Reports { get; } =
    [
        new("INC-000001", "alice", At(11, 2, 10)),
        new("INC-000001", "bob", At(11, 2, 11)),
        new("INC-000001", "carol", At(11, 3, 9)),
        new("INC-000002", "alice", At(11, 5, 9)),
        new("INC-000003", "dave", At(11, 10, 12)),
        new("INC-000004", "ALICE", At(11, 20, 8)),
        new("INC-000005", "bob", At(10, 15, 8)),
        new("INC-000007", "erin", At(10, 20, 8)),
    ];

    public static IReadOnlyList<RiskFact> Register { get; } =
    [
        // Critical (16), accepted: the manager on 3 October, the CSO on 4 November (32 days after the manager); expires 20 December.
        new("RA-000001", "Legacy <b>VPN</b>", 4, 4, "Critical", RiskRegisterStatus.Accepted, At(10, 1, 9), At(12, 20, 9), null,
            [new(1, 0, "manager", At(10, 3, 9), true), new(1, 1, "cso", At(11, 4, 9), true)]),
        // Medium (6), waiting for the CSO: the manager decided 2 days after submission.
        new("RA-000002", "Shared admin account", 2, 3, "Medium", RiskRegisterStatus.PendingApproval, At(11, 10, 9), null, null,
            [new(1, 0, "manager", At(11, 12, 9), true)]),
        // High (9), expired on 15 November without renewal.
        new("RA-000003", "Unpatched build server", 3, 3, "High", RiskRegisterStatus.Expired, At(5, 1, 9), At(11, 15, 9), At(11, 15, 9),
            [new(1, 0, "manager", At(5, 2, 9), true)]),
        // Low (1), rejected in the previous period (2 days after submission).
        new("RA-000004", "Printer firmware", 1, 1, "Low", RiskRegisterStatus.Rejected, At(10, 18, 9), null, At(10, 20, 9),
            [new(1, 0, "manager", At(10, 20, 9), false)]),
        new("RA-000005", "Old wiki", 2, 2, "Medium", RiskRegisterStatus.Remediated, At(6, 1, 9), At(9, 1, 9), At(8, 1, 9), []),
    ];

    public static IReadOnlyList<PolicyReviewFact> Reviews { get; } =
    [
        new("POL-ACCESS", "Access Control Policy", "3.1", "Security Office", new DateOnly(2026, 11, 15)),
        new("POL-CRYPTO", "Cryptography Policy", "2.0", "Security Office", new DateOnly(2027, 1, 1)),
        new("POL-EMAIL", "Email Policy", "1.4", "IT", new DateOnly(2026, 11, 30)),
    ];

    public static DateTimeOffset At(int month, int day, int hour, int minute = 0) => new(2026, month, day, hour, minute, 0, TimeSpan.Zero);
}
