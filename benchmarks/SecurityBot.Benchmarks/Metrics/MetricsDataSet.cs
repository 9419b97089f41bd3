using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;
using SecurityBot.RiskAcceptances.Domain;

namespace SecurityBot.Benchmarks.Metrics;

/// <summary>
/// A deterministic register for the metrics benchmark, built with the domain's own factories and transitions (so the
/// rows are what the use cases would write): incidents spread evenly over two years up to <see cref="End"/>, 95 %
/// acknowledged and closed, a tenth with a second report; risk acceptances over the same two years, most decided.
/// </summary>
internal static class MetricsDataSet
{
    public static readonly DateTimeOffset End = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly string[] Categories = ["phishing", "malware", "lost-device", "data-breach", "ransomware", "account-compromise", "other"];
    private static readonly IncidentActor Responder = new("responder-1", "Jin Park");

    public static async Task SeedAsync(SecurityBotDbContext db, int incidents, int risks)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var span = TimeSpan.FromDays(730);
        var start = End - span;
        for (var n = 1; n <= incidents; n++)
        {
            var reportedAt = start + TimeSpan.FromTicks(span.Ticks / incidents * (n - 1));
            db.Add(Incident(n, reportedAt));
            if (n % 5_000 == 0 || n == incidents)
            {
                await FlushAsync(db);
            }
        }

        for (var n = 1; n <= risks; n++)
        {
            db.Add(Risk(n, start + TimeSpan.FromTicks(span.Ticks / risks * (n - 1))));
            if (n % 2_000 == 0 || n == risks)
            {
                await FlushAsync(db);
            }
        }
    }

    private static Incident Incident(int n, DateTimeOffset at)
    {
        var category = Categories[n % Categories.Length];
        if (!IncidentReportDraft.TryCreate(category, $"Benchmark report number {n} about something suspicious", null, null, null, "false",
                DateOnly.FromDateTime(at.UtcDateTime), out var draft, out var errors))
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => e.Message)));
        }

        var reporter = new IncidentActor($"employee-{n % 3_000}", $"Employee {n % 3_000}");
        var incident = SecurityBot.Incidents.Domain.Incident.Open(n, draft, reporter, false, [], at, at.AddHours(1 + (n % 8)));
        if (n % 20 == 0)
        {
            return incident; // 5 % stay open and unacknowledged
        }

        incident.Acknowledge(Responder, at.AddMinutes(5 + (n % 180)));
        if (n % 10 == 0)
        {
            incident.Escalate(Responder, 1, "the security lead", at.AddHours(2), at.AddMinutes(6 + (n % 180)));
        }

        incident.Resolve(Responder, null, at.AddHours(2 + (n % 72)));
        return incident;
    }

    private static RiskAcceptance Risk(int n, DateTimeOffset at)
    {
        var requester = new RiskActor($"employee-{n % 3_000}", $"Employee {n % 3_000}");
        var details = new RiskAcceptanceDetails($"Benchmark risk {n}", null, null, null, "Asset", "Description", 1 + (n % 5), 1 + (n / 5 % 5),
            "Controls", "Justification", 90, new RiskActor("owner-1", "Risk Owner"));
        var risk = RiskAcceptance.Create(n, requester, details, 365, at);
        risk.Submit([RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso], at);
        if (n % 10 == 0)
        {
            return risk; // still pending
        }

        risk.Approve(new RiskActor("manager-1", "Megan Bowen"), at.AddHours(4 + (n % 48)));
        if (n % 7 == 0)
        {
            risk.Reject(new RiskActor("cso-1", "Priya Raman"), "No", at.AddDays(2));
            return risk;
        }

        risk.Approve(new RiskActor("cso-1", "Priya Raman"), at.AddDays(1 + (n % 10)));
        if (risk.CanExpire(End))
        {
            risk.Expire(risk.ExpiresAt!.Value);
        }

        return risk;
    }

    private static async Task FlushAsync(SecurityBotDbContext db)
    {
        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
