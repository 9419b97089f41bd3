using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Schema;
using SecurityBot.Platform.Chat;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.UnitTests.Policies.Chat;

/// <summary>
/// Real turns for the policy feature's handlers: the TurnContext the adapter builds, with the real connector client
/// (AddBotConnector, retries included) sending over HTTP to the fake Teams connector, the only fake (the process
/// boundary). Each turn is a personal chat of its own, so what the connector received is read per turn.
/// </summary>
public sealed class ConnectorTurns : IAsyncLifetime
{
    private const string BotId = "28:securitybot";
    private FakeConnectorServer _teams = null!;
    private ServiceProvider _services = null!;
    private int _next;

    public async Task InitializeAsync()
    {
        _teams = await FakeConnectorServer.StartAsync();
        var services = new ServiceCollection();
        // The fake listens on http loopback: trusted only because configuration says so, as in a local deployment.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:TrustedServiceUrls:0"] = _teams.ServiceUrl })
            .Build());
        services.AddLogging();
        services.AddBotConnector();
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _teams.DisposeAsync();
    }

    /// <summary>The turn of a message the employee typed in their personal chat with the bot.</summary>
    public TurnContext Message(string text)
    {
        var activity = Inbound(ActivityTypes.Message);
        activity.Text = text;
        return Turn(activity);
    }

    /// <summary>The turn of an invoke (a card button, a compose-box query) from the employee's personal chat.</summary>
    public TurnContext Invoke(string name, JsonElement value)
    {
        var activity = Inbound(ActivityTypes.Invoke);
        activity.Name = name;
        activity.Value = value;
        return Turn(activity);
    }

    /// <summary>The bodies of the messages the connector accepted in the turn's conversation, in order.</summary>
    public IReadOnlyList<JsonNode> Received(ITurnContext turn) =>
        [.. _teams.Posted.Where(p => p.ConversationId == turn.Activity.Conversation!.Id).Select(p => JsonNode.Parse(p.Body)!)];

    /// <summary>The sender, as the bot reads it from the activity.</summary>
    public static Actor Employee(ITurnContext turn) => Actor.From(turn.Activity)!;

    /// <summary>The context the bot builds for a command: the verb and the rest (CommandLine.Parse).</summary>
    public static ChatCommandContext Command(ITurnContext turn)
    {
        var (verb, arguments) = CommandLine.Parse(turn.Activity.Text);
        return new ChatCommandContext(turn, Employee(turn), verb, arguments);
    }

    /// <summary>The context the bot gives free-text handlers: the verb, and the whole text as the arguments.</summary>
    public static ChatCommandContext FreeText(ITurnContext turn) => Command(turn) with { Arguments = (turn.Activity.Text ?? string.Empty).Trim() };

    private TurnContext Turn(Activity activity) =>
        new(activity, identity: null, _services.GetRequiredService<IConnectorClient>());

    private Activity Inbound(string type)
    {
        var n = Interlocked.Increment(ref _next);
        return new Activity
        {
            Type = type,
            Id = $"inbound-{n}",
            ChannelId = "msteams",
            ServiceUrl = _teams.ServiceUrl,
            From = new ChannelAccount { Id = "29:employee", Name = "Erin Employee", AadObjectId = "00000000-0000-0000-0000-0000000000e1" },
            Recipient = new ChannelAccount { Id = BotId, Name = "SecurityBot" },
            Conversation = new ConversationAccount { Id = $"a:policy-turn-{n}", ConversationType = "personal", TenantId = "tenant-1" },
        };
    }
}
