using SecurityBot.Cards;
using SecurityBot.Metrics.Teams;
using SecurityBot.UnitTests.Cards;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>The metrics card in the card catalog: checked for version, size and by the official renderer.</summary>
public sealed class MetricsCardSamples : ICardSamples
{
    private static readonly Dictionary<string, string> NoNames = [];

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Metrics/empty", MetricsCard.Create(MetricsSamples.Empty(), TimeZoneInfo.Utc, NoNames, []));
        yield return ("Metrics/small", MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, new Dictionary<string, string> { ["a"] = "Alex Wilber (Engineering)" }, []));
        yield return ("Metrics/large", MetricsCard.Create(MetricsSamples.Large(), MetricsSamples.Berlin, NoNames, []));
        yield return ("Metrics/with-charts", MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, MetricsCardTests.Charts));
    }
}
