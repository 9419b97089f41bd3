using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.Time;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Metrics;

public sealed class SqliteMetricsCommandTests() : MetricsCommandTests(DatabaseProvider.Sqlite);

public sealed class PostgresMetricsCommandTests() : MetricsCommandTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// "metrics" typed in Teams: the CSO sees the figures of what really happened in the bot, in her 1:1 chat; anyone
/// without a security role is refused and sees no figure; a bad period is refused with the usage.
/// </summary>
public abstract class MetricsCommandTests(DatabaseProvider provider)
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Metrics_CsoAfterIncidentsWereReportedAndAcknowledged_SeesTheCardWithTheRightNumbers()
    {
        var clock = new ManualTimeProvider(Monday);
        await using var bot = await StartAsync(clock);
        await ReportAsync(bot, Person.Alex, "ransomware", "All my files are encrypted and there is a ransom note");
        clock.Advance(TimeSpan.FromMinutes(5));
        await ReportAsync(bot, Person.Isaiah, "phishing", "A message from payroll-update.example asked for my bank details");
        clock.Advance(TimeSpan.FromMinutes(5));
        (await bot.PressAsync(Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 })).GetProperty("statusCode").GetInt32().Should().Be(200);
        clock.Advance(TimeSpan.FromMinutes(2));

        (await bot.SayAsync(Person.Priya, "metrics")).EnsureSuccessStatusCode();

        var card = (await bot.WaitForCardAsync(Person.Priya, "Security metrics: the last 30 days")).GetRawText();
        // The trend chart is inline; both would pass Teams' message size, so the heat map stays in the export.
        card.Should().Contain("\"url\":\"data:image/png;base64,").And.Contain("\"altText\":\"Incidents reported per week");
        System.Text.Encoding.UTF8.GetByteCount(card).Should().BeLessThanOrEqualTo(26 * 1024);
        var text = Texts(card);
        text.Should().Contain("Reported | 2 (▲ 2 vs previous)")
            .And.Contain("Critical: 1 (▲ 1)")
            .And.Contain("ransomware: 1").And.Contain("phishing: 1")
            .And.Contain("Reports | 2 (▲ 2 vs previous) from 2 people")
            .And.Contain("Alex Wilber (Engineering): 1").And.Contain("Isaiah Langer (Engineering): 1")
            .And.Contain("Critical | 10 min / 10 min / 10 min | 1 of 1")
            .And.Contain("SLA breaches | 0 (= 0 vs previous)")
            .And.Contain("under 1 day: 2")
            .And.NotContain("Incidents breaching the acknowledgement SLA")
            .And.Contain("to 2026-11-23 11:12 (Europe/Berlin)", "times are in the zone Teams reports for the asker (10:12 UTC)");
        bot.Failures.Should().BeEmpty();
    }

    [Theory]
    [InlineData("metrics")]
    [InlineData("metrics last week")]
    [InlineData("metrics not-a-period")] // refused for who asks before the period is even read
    public async Task Metrics_EmployeeOrManager_RefusedWithoutAFigure(string command)
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await ReportAsync(bot, Person.Alex, "phishing", "A message from payroll-update.example asked for my bank details");

        foreach (var person in new[] { Person.Alex, Person.Megan, Person.Diego })
        {
            (await bot.SayAsync(person, command)).EnsureSuccessStatusCode();

            var refusal = Texts((await bot.WaitForCardAsync(person, "not available to you")).GetRawText());
            refusal.Should().Contain("security team, the CSO and the risk approvers");
        }

        bot.Connector.Posted.Should().NotContain(p => Texts(p.Body).Contains("Security metrics:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("channel")]
    [InlineData("groupChat")]
    public async Task Metrics_CsoInASharedConversation_PointerThereFiguresInThePersonalChat(string where)
    {
        await using var bot = await BotHarness.StartAsync(provider);
        await ReportAsync(bot, Person.Alex, "phishing", "A message from payroll-update.example asked for my bank details");
        (await bot.SayAsync(Person.Priya, "help")).EnsureSuccessStatusCode();

        var response = where == "channel" ? await bot.SayInChannelAsync(Person.Priya, "metrics week") : await bot.SayInGroupChatAsync(Person.Priya, "metrics week");
        response.EnsureSuccessStatusCode();

        var text = Texts((await bot.WaitForCardAsync(Person.Priya, "Security metrics: this week")).GetRawText());
        text.Should().Contain("Reported | 1");
        var shared = bot.Connector.Posted.Where(p => p.ConversationId.StartsWith("19:", StringComparison.Ordinal)).ToList();
        shared.Should().ContainSingle().Which.Body.Should().Contain("private chat").And.NotContain("Reported").And.NotContain("phishing");
    }

    [Theory]
    [InlineData("metrics yesterday", "I don't know that period.")]
    [InlineData("metrics 2026-12-31..2026-01-01", "The period ends before it starts.")]
    [InlineData("metrics 2024-01-01..2026-01-01", "A period can be at most a year long.")]
    public async Task Metrics_BadPeriod_RefusedWithTheUsageAndNoFigures(string command, string reason)
    {
        await using var bot = await BotHarness.StartAsync(provider);

        (await bot.SayAsync(Person.Priya, command)).EnsureSuccessStatusCode();

        var text = Texts((await bot.WaitForCardAsync(Person.Priya, "I can't show metrics for that period")).GetRawText());
        text.Should().Contain(reason).And.Contain("Periods:").And.Contain("last week");
        bot.Connector.Posted.Should().NotContain(p => Texts(p.Body).Contains("Security metrics:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Help_ListsTheMetricsCommand()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        (await bot.SayAsync(Person.Alex, "help")).EnsureSuccessStatusCode();

        (await bot.WaitForPostedTextAsync(Person.Alex, "metrics [export] [week")).Should().NotBeNull();
    }

    private Task<BotHarness> StartAsync(ManualTimeProvider clock) =>
        // Pollers at their slowest: every poll on the way fires when a manual clock moves (see IncidentFlowTests).
        BotHarness.StartAsync(provider, clock: clock, settings: new Dictionary<string, string?>
        {
            ["Timers:PollIntervalMilliseconds"] = "1000",
            ["Outbox:PollIntervalMilliseconds"] = "1000",
        });

    private static async Task ReportAsync(BotHarness bot, Person who, string category, string description)
    {
        var answer = await bot.PressAsync(who, "incident.submit", new { category, description, occurredOn = "", affectedSystem = "", evidence = "", clicked = "false" });
        answer.GetProperty("statusCode").GetInt32().Should().Be(200, answer.ToString());
    }
}
