using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Cards;
using SecurityBot.FunctionalTests.Incidents;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Regional;

namespace SecurityBot.FunctionalTests.Regional;

public sealed class SqliteTimeZoneTests() : TimeZoneTests(DatabaseProvider.Sqlite);

public sealed class PostgresTimeZoneTests() : TimeZoneTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Each person sees times in the zone their own Teams client reports (the clientInfo entity, remembered per person):
/// a reporter in Los Angeles and a responder in Dublin read the same acknowledgement deadline in their own clocks,
/// someone Teams has not told us about gets their directory (mailbox) zone, and a forged zone changes nothing.
/// </summary>
public abstract class TimeZoneTests(DatabaseProvider provider)
{
    private const string Phishing = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";
    private static readonly TimeZoneInfo LosAngeles = TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles");
    private static readonly TimeZoneInfo Dublin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin");

    [Fact]
    public async Task Report_ReporterInLosAngelesResponderInDublin_EachSeesTheDeadlineInTheirOwnZone()
    {
        await using var bot = await BotHarness.StartAsync(provider, settings: new Dictionary<string, string?> { ["Regional:TimeZone"] = "UTC" });
        (await bot.PostAsync(TeamsClient.InZone(Person.Jin.Sends(bot.Activities.Message("help")), "Europe/Dublin", "en-IE"), bot.ChannelToken)).EnsureSuccessStatusCode();

        var confirmation = await SubmitAsync(bot, Person.Alex, "America/Los_Angeles", "en-US");

        var incident = await bot.IncidentAsync(1);
        var reporterSees = TimeDisplay.ForPerson(LosAngeles, CultureInfo.GetCultureInfo("en-US")).At(incident.AcknowledgeBy);
        confirmation.Should().Contain($"due by {reporterSees}").And.Contain("Los Angeles time").And.NotContain("UTC");
        await bot.WaitForOutboxDrainedAsync();
        var triage = bot.Connector.Posted.Where(p => p.ConversationId == Person.Jin.Conversation && p.Body.Contains("incident.acknowledge", StringComparison.Ordinal)).ToList();
        triage.Should().ContainSingle();
        var responderSees = TimeDisplay.ForPerson(Dublin, CultureInfo.GetCultureInfo("en-IE")).At(incident.AcknowledgeBy);
        CardJson.Texts(triage[0].Body).Should().Contain($"due by {responderSees}").And.Contain("Dublin time").And.NotContain("Los Angeles time");
        reporterSees.Should().NotBe(responderSees);
    }

    [Fact]
    public async Task Report_ResponderTeamsNeverToldUs_TheirDirectoryZoneElseTheOrganisations()
    {
        // Amara never wrote to the bot; the demo directory has her mailbox in Dublin. The organisation says UTC.
        await using var bot = await BotHarness.StartAsync(provider, settings: new Dictionary<string, string?> { ["Regional:TimeZone"] = "UTC" });

        await SubmitAsync(bot, Person.Alex, "America/Los_Angeles", "en-US");

        var incident = await bot.IncidentAsync(1);
        var outbox = await bot.OutboxAsync();
        var amara = outbox.Single(m => m.RecipientAadObjectId == Person.Amara.AadObjectId && m.ActivityJson.Contains("incident.acknowledge", StringComparison.Ordinal));
        CardJson.Texts(amara.ActivityJson).Should().Contain($"due by {TimeDisplay.ForPerson(Dublin, CultureInfo.GetCultureInfo("en-GB")).At(incident.AcknowledgeBy)}");
    }

    [Fact]
    public async Task Message_ForgedZoneAndLocale_IgnoredAndNothingStored()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        var response = await bot.PostAsync(TeamsClient.InZone(Person.Megan.Sends(bot.Activities.Message("help")), "../../etc/passwd", "en-US<script>"), bot.ChannelToken);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bot.WithDbAsync(db => db.Set<PersonRegion>().AnyAsync(r => r.UserAadObjectId == Person.Megan.AadObjectId))).Should().BeFalse();
    }

    [Fact]
    public async Task Message_ZoneChanges_RememberedOnceThenUpdated()
    {
        await using var bot = await BotHarness.StartAsync(provider);

        await bot.PostAsync(TeamsClient.InZone(Person.Megan.Sends(bot.Activities.Message("help")), "America/Los_Angeles", "en-US"), bot.ChannelToken);
        await bot.PostAsync(TeamsClient.InZone(Person.Megan.Sends(bot.Activities.Message("help")), "Europe/Berlin", "de-DE"), bot.ChannelToken);

        var stored = await bot.WithDbAsync(db => db.Set<PersonRegion>().AsNoTracking().SingleAsync(r => r.UserAadObjectId == Person.Megan.AadObjectId));
        stored.TimeZoneId.Should().Be("Europe/Berlin");
        stored.Locale.Should().Be("de-DE");
    }

    private static async Task<string> SubmitAsync(BotHarness bot, Person who, string zone, string locale)
    {
        var press = TeamsClient.InZone(bot.CardAction(who, "incident.submit",
            new { category = "phishing", description = Phishing, occurredOn = "", affectedSystem = "", evidence = "", clicked = "false" }), zone, locale);
        using var response = await bot.PostAsync(press, bot.ChannelToken);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return CardJson.Texts(body);
    }
}
