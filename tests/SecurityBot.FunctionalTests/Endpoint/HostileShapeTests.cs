using System.Net;
using System.Text.Json.Nodes;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.FunctionalTests.Endpoint;

public sealed class SqliteHostileShapeTests() : HostileShapeTests(DatabaseProvider.Sqlite);

public sealed class PostgresHostileShapeTests() : HostileShapeTests(DatabaseProvider.PostgreSQL);

/// <summary>
/// Shapes the fuzz test (Fuzzing/) found crashing a turn with a 500: a null inside a list of the activity. Each is
/// answered like the same activity without the null.
/// </summary>
public abstract class HostileShapeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private BotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await BotHarness.StartAsync(provider);

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Post_ChannelMessageWithANullEntity_AnsweredAsWithout()
    {
        var activity = Parse(_bot.Activities.ChannelMessage());
        ((JsonArray)activity["entities"]!).Insert(0, null);

        var response = await _bot.PostAsync(activity.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _bot.WaitForPostedAsync(1)).Should().ContainSingle().Which.Body.Should().Contain("SecurityBot");
    }

    [Fact]
    public async Task Post_ComposeQueryWithANullParameter_AnsweredAsWithout()
    {
        var activity = Parse(_bot.Activities.ComposeQuery("searchPolicies", "password"));
        ((JsonArray)activity["value"]!["parameters"]!).Insert(0, null);

        var response = await _bot.PostAsync(activity.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("\"composeExtension\"").And.Contain("Password");
    }

    [Fact]
    public async Task Post_BotAddedWithANullMember_WelcomeSent()
    {
        var activity = Parse(_bot.Activities.BotAddedPersonal());
        ((JsonArray)activity["membersAdded"]!).Insert(0, null);

        var response = await _bot.PostAsync(activity.ToJsonString());

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await _bot.WaitForPostedAsync(1)).Should().ContainSingle();
    }

    private static JsonObject Parse(string json) => (JsonObject)JsonNode.Parse(json)!;
}
