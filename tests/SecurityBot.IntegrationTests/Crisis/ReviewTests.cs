using System.Text.Json;
using SecurityBot.Cards;
using SecurityBot.Crisis.Application;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Timers;
using SecurityBot.Testing.Cards;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.IntegrationTests.Crisis;

public sealed class SqliteReviewTests() : ReviewTests(DatabaseProvider.Sqlite);

public sealed class PostgresReviewTests() : ReviewTests(DatabaseProvider.PostgreSQL);

/// <summary>The post-incident review on the real timers, outbox, audit log and directory: save, remind, done, export.</summary>
public abstract class ReviewTests(DatabaseProvider provider)
{
    // The host starts on Monday 2026-03-02 10:00 UTC.
    private static readonly DateTimeOffset JinDue = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    private static ReviewInput Input(string actions, string what = "A phishing mail took a VPN password.") =>
        new(what, "Two hours of VPN outage", "No MFA on the VPN", "Fast containment", "Enforce MFA everywhere", actions);

    private const string TwoActions = "jinp@example.com | 2026-03-10 | Enforce MFA on the VPN\n\namaran@example.com | 2026-03-20 | Phishing drill";

    [Fact]
    public async Task CloseRoom_IncidentResolved_PostsTheReviewCardWithTheSummaryToTheRoom()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.ResolveIncidentAsync();

        await host.ScheduleRoomRunAsync();
        await host.FireDueTimersAsync();

        var posts = (await host.OutboxAsync()).Where(m => m.ConversationId == CrisisTestHost.ChatId).ToList();
        var review = posts.Should().ContainSingle(m => m.IdempotencyKey == $"crisis:{CrisisTestHost.Number}:review").Subject;
        review.ActivityJson.Should().Contain("crisis.review.save").And.Contain("Phishing mail led to a stolen VPN password");
        posts.Should().Contain(m => m.IdempotencyKey == $"crisis:{CrisisTestHost.Number}:closed");
    }

    [Fact]
    public async Task Save_WithTwoFollowUps_SavesReviewActionsTimersAndAuditTogether()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        var outcome = await host.SaveAsync(DemoPeople.Jin, Input(TwoActions));

        outcome.Status.Should().Be(UseCaseStatus.Succeeded, string.Join(" ", outcome.Errors));
        var review = (await host.ReviewAsync())!;
        review.Revision.Should().Be(1);
        review.RootCause.Should().Be("No MFA on the VPN");
        review.Actions.OrderBy(a => a.Number).Select(a => (a.Number, a.OwnerId, a.OwnerName, a.DueDate)).Should().Equal(
            (1, DemoPeople.Jin.Id, "Jin Park", new DateOnly(2026, 3, 10)),
            (2, DemoPeople.Amara.Id, "Amara Nwosu", new DateOnly(2026, 3, 20)));
        var timers = await host.FollowUpTimersAsync();
        timers.Select(t => (t.EntityType, t.EntityId, t.DueAt, t.Status)).Should().Equal(
            (FollowUpTimer.EntityType, "INC-000001#1", JinDue, TimerStatus.Scheduled),
            (FollowUpTimer.EntityType, "INC-000001#2", new DateTimeOffset(2026, 3, 20, 9, 0, 0, TimeSpan.Zero), TimerStatus.Scheduled));
        (await host.ReviewAuditAsync()).Should().ContainSingle().Which.Action.Should().Be("review-saved");
    }

    [Fact]
    public async Task Save_UnknownOwner_SavesNothingAndNamesTheLine()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        var outcome = await host.SaveAsync(DemoPeople.Jin, Input("jinp@example.com | 2026-03-10 | MFA\nnobody@example.com | 2026-03-10 | Drill"));

        outcome.Status.Should().Be(UseCaseStatus.Invalid);
        outcome.Errors.Should().ContainSingle().Which.Should().Contain("Line 2").And.Contain("nobody@example.com");
        (await host.ReviewAsync()).Should().BeNull();
        (await host.FollowUpTimersAsync()).Should().BeEmpty();
        (await host.ReviewAuditAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task Save_SomeoneOutsideTheRoomWhoMayNotTriage_IsForbidden()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();

        (await host.SaveAsync(DemoPeople.Alex, Input(TwoActions))).Status.Should().Be(UseCaseStatus.Forbidden);
        (await host.SaveAsync(DemoPeople.Amara, Input(TwoActions))).Status.Should().Be(UseCaseStatus.Succeeded, "a triager outside the room may save");
    }

    [Fact]
    public async Task Save_AgainBySomeoneElse_ReplacesTheTextKeepsDoneActionsAndTheHistoryInTheAudit()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.SaveAsync(DemoPeople.Jin, Input(TwoActions, what: "First version"));
        await host.DoneAsync(DemoPeople.Jin, 1);

        var outcome = await host.SaveAsync(DemoPeople.TomasLead, Input("amaran@example.com | 2026-03-25 | Phishing drill, all staff", what: "Second version"));

        outcome.Status.Should().Be(UseCaseStatus.Succeeded);
        var review = (await host.ReviewAsync())!;
        review.WhatHappened.Should().Be("Second version");
        review.Revision.Should().Be(2);
        review.AuthorName.Should().Be("Tomas Herrera");
        review.Actions.OrderBy(a => a.Number).Select(a => (a.Number, a.IsDone)).Should().Equal((1, true), (3, false));
        var timers = await host.FollowUpTimersAsync();
        timers.Where(t => t.Status == TimerStatus.Scheduled).Select(t => t.EntityId).Should().Equal("INC-000001#3");
        var audit = await host.ReviewAuditAsync();
        audit.Select(a => a.Action).Should().Equal("review-saved", "follow-up-done", "review-replaced");
        audit[0].Details.Should().Contain("First version");
        audit[2].Details.Should().Contain("Second version");
    }

    [Fact]
    public async Task Reminders_ClockMovedPastTheDueDate_RemindTheOwnerFiveTimesThenTellTheLeadOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.SaveAsync(DemoPeople.Jin, Input("jinp@example.com | 2026-03-10 | Enforce MFA on the VPN"));

        host.AdvanceTo(JinDue - TimeSpan.FromMinutes(1));
        await host.FireDueTimersAsync();
        (await Reminders(host)).Should().BeEmpty("it is not due yet");

        host.AdvanceTo(JinDue);
        await host.FireDueTimersAsync();
        var first = (await Reminders(host)).Should().ContainSingle().Subject;
        first.RecipientAadObjectId.Should().Be(DemoPeople.Jin.Id);
        first.ActivityJson.Should().Contain("Follow-up #1 of INC-000001 is due: Enforce MFA on the VPN").And.Contain("crisis.follow-up.done");

        for (var day = 2; day <= 10; day += 2)
        {
            host.AdvanceTo(JinDue + TimeSpan.FromDays(day));
            await host.FireDueTimersAsync();
            await host.FireDueTimersAsync();
        }

        (await Reminders(host)).Select(m => m.RecipientAadObjectId).Should().Equal(Enumerable.Repeat(DemoPeople.Jin.Id, 5));
        (await host.OutboxAsync()).Where(m => m.IdempotencyKey.Contains("follow-up:1:overdue", StringComparison.Ordinal))
            .Select(m => m.RecipientAadObjectId).Should().Equal(DemoPeople.TomasLead.Id);
        (await host.FollowUpTimersAsync()).Should().NotContain(t => t.Status == TimerStatus.Scheduled, "nobody is reminded after the lead is told");
    }

    [Fact]
    public async Task Done_ByTheOwnerTwice_StopsTheRemindersAndIsRecordedOnce()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.SaveAsync(DemoPeople.Jin, Input("jinp@example.com | 2026-03-10 | Enforce MFA on the VPN"));
        host.AdvanceTo(JinDue);
        await host.FireDueTimersAsync();

        var done = await host.DoneAsync(DemoPeople.Jin, 1);
        var again = await host.DoneAsync(DemoPeople.Jin, 1);

        done.Status.Should().Be(UseCaseStatus.Succeeded);
        again.Status.Should().Be(UseCaseStatus.Succeeded);
        again.Message.Should().Contain("already done");
        host.AdvanceTo(JinDue + TimeSpan.FromDays(30));
        await host.FireDueTimersAsync();
        (await Reminders(host)).Should().ContainSingle("only the reminder before Done was sent");
        (await host.FollowUpTimersAsync()).Should().NotContain(t => t.Status == TimerStatus.Scheduled);
        (await host.ReviewAuditAsync()).Count(a => a.Action == "follow-up-done").Should().Be(1);
        (await host.ReviewAsync())!.Actions.Single().DoneByName.Should().Be("Jin Park");
    }

    [Fact]
    public async Task Done_ByAnotherRoomMember_IsRefusedAndTheLeadMay()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.SaveAsync(DemoPeople.Jin, Input("amaran@example.com | 2026-03-10 | Phishing drill"));

        (await host.DoneAsync(DemoPeople.Jin, 1)).Status.Should().Be(UseCaseStatus.NotFound);
        (await host.ReviewAsync())!.Actions.Single().IsDone.Should().BeFalse();

        (await host.DoneAsync(DemoPeople.TomasLead, 1)).Status.Should().Be(UseCaseStatus.Succeeded);
        (await host.ReviewAsync())!.Actions.Single().DoneByName.Should().Be("Tomas Herrera");
    }

    [Fact]
    public async Task Export_RoomMember_HasEverySectionAndAHostileLineCannotAddStructure()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.ActAsync(DemoPeople.Jin, IncidentCommand.AddNote, "Odd mail");
        await host.ActAsync(DemoPeople.Jin, IncidentCommand.AddNote, "| forged | row |");
        await host.ResolveIncidentAsync();
        await host.SaveAsync(DemoPeople.Jin, Input("jinp@example.com | 2026-03-10 | # Not a heading", what: "Normal line\n# Injected heading\n| a | b |"));

        var (outcome, markdown) = await host.ExportAsync(DemoPeople.PriyaCso);

        outcome.Succeeded.Should().BeTrue();
        markdown.Should().Contain("# Crisis record — INC-000001").And.Contain("## Post-incident review").And.Contain("### What happened")
            .And.Contain("## Follow-up actions").And.Contain("## Stakeholder updates").And.Contain("## Timeline").And.Contain("Odd mail");
        var lines = markdown!.Split('\n');
        lines.Should().NotContain(l => l.StartsWith("# Injected", StringComparison.Ordinal) || l.StartsWith("| a", StringComparison.Ordinal));
        markdown.Should().Contain("\\# Injected heading").And.Contain("\\| a \\| b \\|").And.Contain("\\# Not a heading").And.Contain("\\| forged \\| row \\|");
        lines.Count(l => l.StartsWith("| ", StringComparison.Ordinal)).Should().Be(2, "the follow-up table is a header and one row, and no forged ones");

        (await host.ExportAsync(DemoPeople.Alex)).Markdown.Should().BeNull("Alex is not in the room and may not triage");
    }

    [Fact]
    public async Task SaveButton_Pressed_AnswersTheFormWithItsErrorsThenTheReadOnlyRecord()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        const string Fields = "\"whatHappened\":\"Stolen password\",\"rootCause\":\"No MFA\"";

        var refused = await host.PressAsync(DemoPeople.Jin, "crisis.review.save",
            $"{{\"incident\":\"inc-000001\",{Fields},\"actions\":\"ghost@example.com | 2026-03-10 | MFA\"}}");
        var saved = await host.PressAsync(DemoPeople.Jin, "crisis.review.save",
            $"{{\"incident\":\"INC-000001\",{Fields},\"actions\":\"jinp@example.com | 2026-03-10 | MFA\"}}");

        var form = ((AdaptiveCard)refused.Value!).ToJson();
        form.Should().Contain("Line 1: nobody with the address ghost").And.Contain("crisis.review.save").And.Contain("\"value\":\"No MFA\"");
        var record = ((AdaptiveCard)saved.Value!).ToJson();
        record.Should().Contain("Revision 1").And.Contain("No MFA").And.NotContain("crisis.review.save").And.NotContain("Input.Text");
        var results = await AdaptiveCardValidator.ValidateAsync([("form", form), ("record", record)]);
        results.Should().OnlyContain(r => r.IsValid, string.Join("; ", results.SelectMany(r => r.Problems.Select(p => $"{r.Name}: {p}"))));
    }

    [Fact]
    public async Task DoneButton_PressedTwiceByTheOwnerAndOnceByAStranger_DoneOnceAndTheStrangerIsRefused()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database);
        await host.OpenRoomAsync();
        await host.SaveAsync(DemoPeople.Jin, Input("jinp@example.com | 2026-03-10 | Enforce MFA on the VPN"));
        const string Data = "{\"incident\":\"INC-000001\",\"action\":1}";

        var stranger = await host.PressAsync(DemoPeople.Amara, "crisis.follow-up.done", Data);
        var first = await host.PressAsync(DemoPeople.Jin, "crisis.follow-up.done", Data);
        var second = await host.PressAsync(DemoPeople.Jin, "crisis.follow-up.done", Data);

        stranger.StatusCode.Should().Be(404);
        ((AdaptiveCard)first.Value!).ToJson().Should().Contain("is done");
        ((AdaptiveCard)second.Value!).ToJson().Should().Contain("already done");
        (await host.ReviewAuditAsync()).Count(a => a.Action == "follow-up-done").Should().Be(1);
    }

    [Fact]
    public async Task ExportCommand_TypedInTheRoom_SendsTheMarkdownToTheAskersPrivateChatOnly()
    {
        await using var teams = await FakeConnectorServer.StartAsync();
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await CrisisTestHost.CreateAsync(database, connectorUrl: teams.ServiceUrl);
        await host.OpenRoomAsync();
        await host.ResolveIncidentAsync();
        await host.SaveAsync(DemoPeople.Jin, Input("jinp@example.com | 2026-03-10 | MFA"));

        await host.TypeInRoomAsync(DemoPeople.PriyaCso, "export", teams.ServiceUrl);

        var answer = (await host.OutboxAsync()).Should().ContainSingle(m => m.IdempotencyKey.StartsWith("private:", StringComparison.Ordinal)).Subject;
        answer.RecipientAadObjectId.Should().Be(DemoPeople.PriyaCso.Id);
        using var activity = JsonDocument.Parse(answer.ActivityJson);
        activity.RootElement.GetProperty("textFormat").GetString().Should().Be("markdown");
        activity.RootElement.GetProperty("text").GetString().Should().StartWith("# Crisis record — INC-000001").And.Contain("## Timeline");
        var inRoom = teams.Posted.Where(p => p.ConversationId == CrisisTestHost.ChatId).ToList();
        inRoom.Should().ContainSingle().Which.Body.Should().Contain("Sent to you privately").And.NotContain("Crisis record");
    }

    private static async Task<List<OutboxMessage>> Reminders(CrisisTestHost host) =>
        [.. (await host.OutboxAsync()).Where(m => m.IdempotencyKey.Contains(":follow-up:1:reminder:", StringComparison.Ordinal))];
}
