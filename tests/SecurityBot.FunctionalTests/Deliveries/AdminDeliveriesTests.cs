using System.Net;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.FunctionalTests.RiskAcceptances;
using static SecurityBot.FunctionalTests.CardJson;

namespace SecurityBot.FunctionalTests.Deliveries;

public sealed class SqliteAdminDeliveriesTests() : AdminDeliveriesTests(DatabaseProvider.Sqlite);

public sealed class PostgresAdminDeliveriesTests() : AdminDeliveriesTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Issue 20 item 4, "admin deliveries" through /api/messages: the approver who blocked the bot is listed as
/// unreachable, the stand-in's card that Teams refused (400) is listed with Retry; only the security roles see the
/// list or may retry, and a retry requeues the message once.
/// </summary>
public abstract class AdminDeliveriesTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync()
    {
        _bot = await BotHarness.StartAsync(provider);
        foreach (var person in new[] { Person.Alex, Person.Megan, Person.Priya, Person.Rahul, Person.Tomas })
        {
            (await _bot.SayAsync(person, "help")).EnsureSuccessStatusCode();
        }
    }

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task AdminDeliveries_SecurityMember_SeesUnreachableAndFailedAndRetryRequeuesOnce()
    {
        var retry = await FailedCardListedAsync();
        var row = await RahulsRowAsync();

        var first = await _bot.PressAsync(Person.Tomas, "admin.deliveries.retry", retry);
        Texts(first).Should().Contain("Queued again");
        await _bot.WaitForCardAsync(Person.Rahul, "Megan Bowen could not be reached; Rahul Mehta now has RA-000001");
        var second = await _bot.PressAsync(Person.Tomas, "admin.deliveries.retry", retry);

        Texts(second).Should().Contain("nothing", "a second press is not a second delivery");
        await _bot.WaitForOutboxDrainedAsync();
        (await RahulsRowAsync()).Status.Should().Be(OutboxStatus.Delivered);
        _bot.Connector.Posted.Count(p => p.ConversationId == Person.Rahul.Conversation && !p.IsUpdate && p.Body.Contains("now has RA-000001"))
            .Should().Be(1, "row {0} was delivered once", row.Id);
    }

    [Fact]
    public async Task AdminDeliveries_EmployeeAndForgedRetry_RefusedAndNothingChanges()
    {
        var retry = await FailedCardListedAsync();

        (await _bot.SayAsync(Person.Alex, "admin deliveries")).EnsureSuccessStatusCode();
        var refusal = await _bot.WaitForCardAsync(Person.Alex, "Delivery administration is not available to you");
        Texts(refusal).Should().NotContain("Megan Bowen").And.NotContain("RA-000001");
        var forged = await _bot.PressAsync(Person.Alex, "admin.deliveries.retry", retry);

        forged.GetProperty("statusCode").GetInt32().Should().Be(403);
        Texts(forged).Should().NotContain("Queued");
        (await RahulsRowAsync()).Status.Should().Be(OutboxStatus.DeadLettered, "the employee's press changed nothing");
        _bot.Connector.Posted.Should().NotContain(p => p.ConversationId == Person.Alex.Conversation && CardText(p).Contains("People SecurityBot cannot reach"));
    }

    [Fact]
    public async Task AdminDeliveries_AskedInAChannel_ListGoesToTheAskersPrivateChat()
    {
        _bot.Connector.Block(Person.Megan.Conversation);
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        await _bot.WaitForCardAsync(Person.Rahul, "now has RA-000001");

        (await _bot.SayInChannelAsync(Person.Tomas, "admin deliveries")).EnsureSuccessStatusCode();

        var card = await _bot.WaitForCardAsync(Person.Tomas, "People SecurityBot cannot reach");
        Texts(card).Should().Contain("Megan Bowen");
        _bot.Connector.Posted.Where(p => p.ConversationId != Person.Tomas.Conversation).Select(CardText)
            .Should().NotContain(t => t.Contains("People SecurityBot cannot reach"), "the list is not shown where others can read it");
    }

    /// <summary>Megan blocked the bot; the stand-in card to Rahul is refused with a 400 (dead-lettered). Tomas lists them; the Retry data.</summary>
    private async Task<System.Text.Json.JsonElement> FailedCardListedAsync()
    {
        _bot.Connector.Block(Person.Megan.Conversation);
        _bot.Connector.FailNext(Person.Rahul.Conversation, HttpStatusCode.BadRequest, times: 1, errorCode: "BadArgument");
        await _bot.PressAsync(Person.Alex, "risk.request.submit", RiskForms.Valid());
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while ((await RahulsRowOrNullAsync())?.Status != OutboxStatus.DeadLettered && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        (await _bot.SayAsync(Person.Tomas, "admin deliveries")).EnsureSuccessStatusCode();
        var card = await _bot.WaitForCardAsync(Person.Tomas, "People SecurityBot cannot reach");
        Texts(card).Should().Contain("Megan Bowen").And.Contain("blocked SecurityBot or removed the app")
            .And.Contain("Rahul Mehta").And.Contain("RiskAcceptance/RA-000001").And.NotContain("ConversationBlockedByUser");
        return ActionData(card, "Retry");
    }

    private async Task<OutboxMessage> RahulsRowAsync() => (await RahulsRowOrNullAsync())!;

    private async Task<OutboxMessage?> RahulsRowOrNullAsync() =>
        (await _bot.OutboxAsync()).FirstOrDefault(m => m.RecipientAadObjectId == Person.Rahul.AadObjectId && m.IdempotencyKey.Contains(":approve:", StringComparison.Ordinal));
}
