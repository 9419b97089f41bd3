using SecurityBot.Metrics.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>Typical data for the charts: a busy quarter's weekly counts and a register of a few dozen acceptances.</summary>
internal static class ChartSamples
{
    public static IReadOnlyList<WeekCount> Weeks(int count = 13)
    {
        var start = new DateOnly(2026, 9, 7);
        return [.. Enumerable.Range(0, count).Select(w => new WeekCount(start.AddDays(7 * w), new Dictionary<IncidentSeverity, int>
        {
            [IncidentSeverity.Critical] = w % 5 == 0 ? 1 : 0,
            [IncidentSeverity.High] = (w * 3) % 4,
            [IncidentSeverity.Medium] = 2 + (w % 3),
            [IncidentSeverity.Low] = 1 + ((w * 7) % 5),
        }))];
    }

    public static int[,] HeatMap()
    {
        var map = new int[5, 5];
        map[0, 0] = 3;
        map[1, 2] = 4;
        map[2, 2] = 2;
        map[3, 1] = 1;
        map[3, 3] = 5;
        map[4, 4] = 1;
        map[4, 2] = 12;
        return map;
    }
}
