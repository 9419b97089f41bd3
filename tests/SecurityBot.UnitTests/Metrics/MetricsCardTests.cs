using System.Text;
using System.Text.Json;
using SecurityBot.Cards;
using SecurityBot.Metrics.Teams;
using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Metrics;

public sealed class MetricsCardTests
{
    private const int MaxCardBytes = 24 * 1024;

    private static readonly Dictionary<string, string> NoNames = [];

    internal static IReadOnlyList<MetricsImage> Charts { get; } =
    [
        new(new Uri("https://bot.contoso.example/charts/trend.png?sig=abc"), "Incidents per week by severity, last 12 weeks"),
        new(new Uri("https://bot.contoso.example/charts/heat.png?sig=abc"), "Risk heat map: open acceptances by likelihood and impact"),
    ];

    [Fact]
    public async Task Create_EmptyLargeAndWithCharts_AcceptedByTheOfficialRenderer()
    {
        var cards = new (string Name, AdaptiveCard Card)[]
        {
            ("empty", MetricsCard.Create(MetricsSamples.Empty(), TimeZoneInfo.Utc, NoNames, [])),
            ("large", MetricsCard.Create(MetricsSamples.Large(), MetricsSamples.Berlin, NoNames, [])),
            ("charts", MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, Charts)),
        };

        var results = await AdaptiveCardValidator.ValidateAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        results.Should().HaveCount(3).And.OnlyContain(r => r.IsValid, string.Join("; ", results.SelectMany(r => r.Problems.Select(p => $"{r.Name}: {p}"))));
    }

    [Fact]
    public void Create_EmptyDataSet_SaysNothingNeedsADecisionAndShowsNoTimes()
    {
        var text = Texts(MetricsCard.Create(MetricsSamples.Empty(), TimeZoneInfo.Utc, NoNames, []));

        text.Should().Contain("Nothing needs a decision now").And.Contain("No incidents were reported in this period")
            .And.Contain("0 (= 0 vs previous)").And.NotContain("Needs a decision |");
    }

    [Fact]
    public void Create_WithoutImages_HasNoImageAndReadsTheSameAsWithThem()
    {
        var without = MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, []);
        var with = MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, Charts);

        without.ToJson().Should().NotContain("\"Image\"");
        with.Body.OfType<Image>().Select(i => i.AltText).Should().Equal(Charts.Select(c => c.AltText));
        with.Body.Where(e => e is not Image).Should().HaveSameCount(without.Body, "the images are additions; every figure is in text too");
    }

    [Fact]
    public void Create_Decisions_LeadTheCardBeforeTheFigures()
    {
        var text = Texts(MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, []));

        text.IndexOf("Needs a decision", StringComparison.Ordinal).Should().BeLessThan(text.IndexOf("Incidents |", StringComparison.Ordinal));
        text.Should().Contain("Incidents breaching the acknowledgement SLA (1)").And.Contain("INC-000002")
            .And.Contain("Risk acceptances expiring within 30 days (1)").And.Contain("RA-000001")
            .And.Contain("Remediation overdue (expired, not remediated) (1)").And.Contain("RA-000002")
            .And.Contain("Policies overdue for review (1)").And.Contain("POL-007");
    }

    [Fact]
    public void Create_HostileTitles_AreEscaped()
    {
        var card = MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, []);
        var raw = string.Join("\n", Strings(card));

        raw.Should().NotContain("<at>").And.NotContain("](https").And.NotContain("**Urgent**").And.NotContain("https://evil.example")
            .And.NotContain("<b>").And.NotContain("\n# heading");
        Texts(card).Should().Contain("Urgent").And.Contain("Passwords");
    }

    [Fact]
    public void Create_TimesAndDates_InTheAskersTimeZone()
    {
        var text = Texts(MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, NoNames, []));

        // Now is 09:30 UTC, 10:30 in Berlin; INC-000002 was due 05:30 UTC, 06:30 in Berlin.
        text.Should().Contain("to 2026-11-23 10:30 (Europe/Berlin)").And.Contain("due 2026-11-23 06:30").And.Contain("expires 2026-12-03");
    }

    [Fact]
    public void Create_ReporterNamesGiven_ShownInsteadOfDirectoryIds()
    {
        var text = Texts(MetricsCard.Create(MetricsSamples.Small(), MetricsSamples.Berlin, new Dictionary<string, string> { ["a"] = "Alex Wilber (Engineering)" }, []));

        text.Should().Contain("Alex Wilber (Engineering): 2").And.Contain("INC-000001 reached 3 people");
    }

    [Fact]
    public void Create_LargeDataSet_ListsAFewOfEachAndStaysUnderTheTeamsLimit()
    {
        var card = MetricsCard.Create(MetricsSamples.Large(), MetricsSamples.Berlin, NoNames, Charts);

        Encoding.UTF8.GetByteCount(card.ToJson()).Should().BeLessThan(MaxCardBytes);
        Texts(card).Should().Contain("more");
    }

    private static string Texts(AdaptiveCard card) => string.Join(" | ", Strings(card)).Replace("\u200B", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);

    private static List<string> Strings(AdaptiveCard card)
    {
        using var document = JsonDocument.Parse(card.ToJson());
        var strings = new List<string>();
        Collect(document.RootElement, strings);
        return strings;
    }

    private static void Collect(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.String && property.Name is "text" or "title" or "value")
                    {
                        into.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, into);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, into);
                }

                break;
        }
    }
}
