using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Routing;

namespace SecurityBot.IntegrationTests.Incidents;

public sealed class SqliteIncidentLiveCardTests() : IncidentLiveCardTests(DatabaseProvider.Sqlite);

public sealed class PostgresIncidentLiveCardTests() : IncidentLiveCardTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// What another capability reads through <see cref="IIncidentActions"/> (the incident, its timeline, who may triage),
/// the live card it shares into its own conversation, and the "Open crisis room" button a registered
/// <see cref="ICrisisRooms"/> brings to the triage cards.
/// </summary>
public abstract class IncidentLiveCardTests(DatabaseProvider provider)
{
    private const string PhishingText = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login";
    private const string Room = "19:crisis-inc-1@thread.v2";
    private const string ServiceUrl = "https://smba.example.test/";

    [Fact]
    public async Task ShareLiveCard_OncePerConversation_InTheCallersUnitOfWorkAndUpdatedOnTheNextChange()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;

        var (first, sameUnitOfWork) = await host.InScopeAsync(async sp =>
        {
            var actions = sp.GetRequiredService<IIncidentActions>();
            var posted = await actions.ShareLiveCardAsync(incident.DisplayNumber, Room, ServiceUrl, "tenant-1", CancellationToken.None);
            var again = await actions.ShareLiveCardAsync(incident.DisplayNumber, Room, ServiceUrl, "tenant-1", CancellationToken.None);
            (await host.OutboxAsync()).Should().NotContain(m => m.ConversationId == Room, "nothing is written before the caller commits");
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            return (posted, again);
        });
        var later = await ShareAsync(host, incident.DisplayNumber, Room);
        var unknown = await ShareAsync(host, "INC-000777", "19:other@thread.v2");

        first.Should().BeTrue();
        sameUnitOfWork.Should().BeFalse();
        later.Should().BeFalse("the conversation already has the card");
        unknown.Should().BeFalse();
        var shared = (await host.OutboxAsync()).Should().ContainSingle(m => m.ConversationId == Room).Subject;
        shared.Should().Match<OutboxMessage>(m => m.Kind == NotificationKind.NewMessage && m.TenantId == "tenant-1" && m.ServiceUrl == ServiceUrl
                                                  && m.EntityType == Incident.EntityType && m.EntityId == incident.DisplayNumber && m.EntityVersion == 1);
        shared.ActivityJson.Should().Contain("The security team has been notified and is handling this.")
            .And.NotContain("incident.acknowledge", "the shared copy is the read-only observer view (responders get their buttons by refresh)");

        // Delivered (the dispatcher records the copy), then the incident changes: the room's copy is updated too.
        await host.InScopeAsync(async sp =>
        {
            await sp.GetRequiredService<ICardCopyRecorder>().RecordAsync(new EntityRef(Incident.EntityType, incident.DisplayNumber), 1,
                new CardLocation(Room, "room-card-1", ServiceUrl, null), CancellationToken.None);
            return await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        });
        await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.Acknowledge);

        var update = (await host.OutboxAsync()).Should().ContainSingle(m => m.Kind == NotificationKind.UpdateCardCopy && m.TargetActivityId == "room-card-1").Subject;
        update.ConversationId.Should().Be(Room);
        update.ActivityJson.Should().Contain("Acknowledged by Jin Park").And.NotContain("incident.acknowledge");
    }

    [Fact]
    public async Task ShareLiveCard_NotDeliveredYet_GoesOutInTheNewState()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        await ShareAsync(host, incident.DisplayNumber, Room);

        await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.High);

        (await host.OutboxAsync()).Should().ContainSingle(m => m.ConversationId == Room)
            .Which.Should().Match<OutboxMessage>(m => m.EntityVersion == 2 && m.ActivityJson.Contains("\"Why High\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindTimelineAndCanTriage_TheIncidentAsOtherCapabilitiesSeeIt()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database);
        var incident = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.AddNote, "Same link sent to hxxps://evil-pay.example/reset too");
        await host.ActAsync(DemoPeople.Jin, incident.DisplayNumber, IncidentCommand.ChangeSeverity, severity: IncidentSeverity.High);

        var (found, byShortForm, missing, malformed, timeline, noTimeline, jin, diego) = await host.InScopeAsync(async sp =>
        {
            var actions = sp.GetRequiredService<IIncidentActions>();
            var ct = CancellationToken.None;
            return (await actions.FindAsync("INC-000001", ct), await actions.FindAsync("inc-1", ct), await actions.FindAsync("INC-000777", ct),
                await actions.FindAsync("DROP TABLE", ct), await actions.TimelineAsync("INC-000001", ct), await actions.TimelineAsync("INC-000777", ct),
                await actions.CanTriageAsync(DemoPeople.Jin.Id, ct), await actions.CanTriageAsync(DemoPeople.Diego.Id, ct));
        });

        found!.Should().Match<IncidentSnapshot>(s => s.Number == "INC-000001" && s.Category == "phishing" && s.Severity == IncidentSeverity.High
                                                     && s.Stage == IncidentStage.New && s.Version == 3 && s.ReportedAt == incident.ReportedAt && s.ClosedAt == null);
        found!.Title.Should().NotContain("billing@evil-pay.example", "the reporter's words leave defanged");
        found.Summary.Should().Contain("hxxps://evil-pay[.]example/login");
        byShortForm.Should().BeEquivalentTo(found);
        missing.Should().BeNull();
        malformed.Should().BeNull();
        timeline.Select(i => i.Kind).Should().Equal(IncidentChangeKind.Reported, IncidentChangeKind.NoteAdded, IncidentChangeKind.SeverityChanged);
        timeline.Select(i => i.ActorName).Should().Equal("Alex Wilber", "Jin Park", "Jin Park");
        timeline[1].Should().Match<IncidentTimelineItem>(i => i.At == incident.ReportedAt.AddMinutes(2) && i.Detail == "Same link sent to hxxps://evil-pay[.]example/reset too");
        timeline[2].Detail.Should().Be("Severity raised from Medium to High by Jin Park");
        noTimeline.Should().BeEmpty();
        jin.Should().BeTrue();
        diego.Should().BeFalse();
    }

    [Fact]
    public async Task CrisisRoomsRegistered_RespondersCardsOfferARoomForTheSeveritiesItOffers()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await IncidentTestHost.CreateAsync(database, services: s => s.AddSingleton<ICrisisRooms>(new CrisisRoomsFrom(IncidentSeverity.High)));
        var medium = (await host.ReportAsync(DemoPeople.Alex, "phishing", PhishingText)).Incident!;
        var critical = (await host.ReportAsync(DemoPeople.Isaiah, "ransomware", "All my files are encrypted and there is a ransom note")).Incident!;

        var outbox = await host.OutboxAsync();
        var jinsCards = outbox.Where(m => m.RecipientAadObjectId == DemoPeople.Jin.Id && m.Kind == NotificationKind.NewMessage).ToList();
        jinsCards.Single(m => m.EntityId == critical.DisplayNumber).ActivityJson.Should()
            .Contain($"\"verb\":\"{CapabilityVerbs.OpenCrisisRoom}\",\"data\":{{\"incident\":\"{critical.DisplayNumber}\"}}");
        jinsCards.Single(m => m.EntityId == medium.DisplayNumber).ActivityJson.Should().NotContain(CapabilityVerbs.OpenCrisisRoom, "Medium is below what the rooms offer");
        outbox.Where(m => m.RecipientAadObjectId == DemoPeople.Isaiah.Id).Should().NotBeEmpty()
            .And.OnlyContain(m => !m.ActivityJson.Contains(CapabilityVerbs.OpenCrisisRoom, StringComparison.Ordinal), "the reporter's card has no triage buttons");

        await host.ActAsync(DemoPeople.Jin, critical.DisplayNumber, IncidentCommand.Resolve, "Restored from backup");
        (await host.OutboxAsync()).Where(m => m.EntityId == critical.DisplayNumber && m.RecipientAadObjectId == DemoPeople.Jin.Id)
            .Should().OnlyContain(m => !m.ActivityJson.Contains(CapabilityVerbs.OpenCrisisRoom, StringComparison.Ordinal), "a closed incident offers no room");
    }

    private static Task<bool> ShareAsync(IncidentTestHost host, string number, string conversation) =>
        host.InScopeAsync(async sp =>
        {
            var posted = await sp.GetRequiredService<IIncidentActions>().ShareLiveCardAsync(number, conversation, ServiceUrl, null, CancellationToken.None);
            await sp.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
            return posted;
        });
}
