using System.Net;
using System.Text.Json;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Conversation;

public sealed class SqliteInvokeTests() : InvokeTests(DatabaseProvider.Sqlite);

public sealed class PostgresInvokeTests() : InvokeTests(DatabaseProvider.PostgreSQL);

/// <summary>Invokes are answered synchronously in the HTTP body, and never with silence.</summary>
public abstract class InvokeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(provider);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task CardAction_UnknownVerb_AnswersErrorInvokeResponse()
    {
        var response = await _bot.PostAsync(_bot.Activities.CardAction("nothing.here", new { id = "INC-000001" }));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        body.RootElement.GetProperty("statusCode").GetInt32().Should().Be(400);
        body.RootElement.GetProperty("type").GetString().Should().Be("application/vnd.microsoft.error");
        body.RootElement.GetProperty("value").GetProperty("message").GetString().Should().Contain("not known");
    }

    [Fact]
    public async Task Invoke_UnknownName_Answers501()
    {
        var json = _bot.Activities.CardAction("x", new { }).Replace("adaptiveCard/action", "task/fetch", StringComparison.Ordinal);

        var response = await _bot.PostAsync(json);

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
        _bot.Connector.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task ComposeQuery_UnknownCommand_Answers501()
    {
        var response = await _bot.PostAsync(_bot.Activities.ComposeQuery("noSuchCommand", "usb"));

        response.StatusCode.Should().Be(HttpStatusCode.NotImplemented);
    }
}
