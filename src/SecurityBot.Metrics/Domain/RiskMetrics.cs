using System.Globalization;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.Metrics.Domain;

/// <summary>
/// Computes <see cref="RiskFigures"/> from the register; pure. The register holds each acceptance's current state,
/// so "open", the heat map and "overdue" describe it as it stands now; decisions and expiries are counted by when
/// they happened (docs/metrics.md).
/// </summary>
internal static class RiskMetrics
{
    private static readonly string[] Bands = ["Critical", "High", "Medium", "Low"];

    /// <summary>How far ahead "expiring soon" looks from the end of the period.</summary>
    public static readonly TimeSpan ExpiryHorizon = TimeSpan.FromDays(30);

    /// <param name="register">The whole register.</param>
    /// <param name="period">The period; its previous period is the trend's baseline.</param>
    /// <param name="zone">The reader's zone, for the dates in the items' text (UTC when null).</param>
    public static RiskFigures Compute(IReadOnlyList<RiskFact> register, MetricsPeriod period, TimeZoneInfo? zone = null)
    {
        zone ??= TimeZoneInfo.Utc;
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(period);
        var previous = period.Previous;
        var open = register.Where(r => r.IsOpen).ToList();
        var heat = new int[5, 5];
        foreach (var risk in open)
        {
            heat[risk.Likelihood - 1, risk.Impact - 1]++;
        }

        return new RiskFigures(
            [.. Bands.Select(b => new NamedCount(b, open.Count(r => string.Equals(r.Band, b, StringComparison.Ordinal))))],
            new Trend(register.Sum(r => r.Decisions.Count(d => In(d.At, period))), register.Sum(r => r.Decisions.Count(d => In(d.At, previous)))),
            DecisionTimes(register, period),
            [.. register.Where(r => r.Status == RiskRegisterStatus.Accepted && r.ExpiresAt >= period.To && r.ExpiresAt < period.To + ExpiryHorizon)
                .OrderBy(r => r.ExpiresAt).Select(r => new OpenItem(r.Reference, r.Title, Date("expires", r.ExpiresAt!.Value, zone), r.ExpiresAt.Value))],
            new Trend(register.Count(r => Expired(r) && In(r.ClosedAt!.Value, period)), register.Count(r => Expired(r) && In(r.ClosedAt!.Value, previous))),
            [.. register.Where(r => Expired(r) && r.ClosedAt < period.To).OrderBy(r => r.ExpiresAt ?? r.ClosedAt)
                .Select(r => new OpenItem(r.Reference, r.Title, Date("expired", r.ExpiresAt ?? r.ClosedAt!.Value, zone), r.ExpiresAt ?? r.ClosedAt!.Value))],
            heat);
    }

    /// <summary>
    /// Per stage, the median time from the stage's start to its decision, over decisions made in the period. A stage
    /// starts at the previous decision of the same round, the first stage at the round's submission (known for the
    /// latest round only; earlier rounds' first stages are left out rather than guessed).
    /// </summary>
    private static List<(string Stage, DurationSummary Time)> DecisionTimes(IReadOnlyList<RiskFact> register, MetricsPeriod period)
    {
        var waits = new List<(string Stage, TimeSpan Wait)>();
        foreach (var risk in register)
        {
            var latestRound = risk.Decisions.Select(d => d.Round).DefaultIfEmpty(0).Max();
            foreach (var round in risk.Decisions.GroupBy(d => d.Round))
            {
                DateTimeOffset? start = round.Key == latestRound ? risk.SubmittedAt : null;
                foreach (var decision in round.OrderBy(d => d.At))
                {
                    if (start is { } from && In(decision.At, period))
                    {
                        waits.Add((decision.Stage, decision.At - from));
                    }

                    start = decision.At;
                }
            }
        }

        return [.. waits.GroupBy(w => w.Stage, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, DurationSummary.Of(g.Select(w => w.Wait))))];
    }

    private static bool Expired(RiskFact risk) => risk.Status == RiskRegisterStatus.Expired && risk.ClosedAt is not null;

    private static string Date(string verb, DateTimeOffset at, TimeZoneInfo zone) =>
        string.Create(CultureInfo.InvariantCulture, $"{verb} {TimeZoneInfo.ConvertTime(at, zone):yyyy-MM-dd}");

    private static bool In(DateTimeOffset at, MetricsPeriod period) => at >= period.From && at < period.To;
}
