using System.Text.Json;
using SecurityBot.Platform.Chat;
using SecurityBot.Incidents.Teams;
using SecurityBot.Policies.Teams;
using SecurityBot.Testing.Cards;

namespace SecurityBot.IntegrationTests.Manifest;

/// <summary>
/// The manifest promises what the bot answers: the command menu of every scope lists the commands the help card
/// lists, and the message extension's command id and parameter are the ones the policy search handles.
/// </summary>
public sealed class ManifestCommandsTests
{
    private static readonly JsonElement Manifest = Load();

    [Fact]
    public void CommandLists_EveryBotScope_ListTheBotsCommandsInHelpOrder()
    {
        var bot = Manifest.GetProperty("bots")[0];
        var scopes = bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ToList();
        var lists = bot.GetProperty("commandLists").EnumerateArray().ToList();

        lists.SelectMany(l => l.GetProperty("scopes").EnumerateArray().Select(s => s.GetString())).Should().BeEquivalentTo(scopes);
        lists.Should().AllSatisfy(list => list.GetProperty("commands").EnumerateArray()
            .Select(c => c.GetProperty("title").GetString())
            .Should().Equal(CommandHelp.Defaults.Select(c => c.Keyword)));
    }

    [Fact]
    public void ComposeExtension_SearchPolicies_IsAQueryWithTheHandlersParameter()
    {
        var extension = Manifest.GetProperty("composeExtensions")[0];
        var command = extension.GetProperty("commands").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == PolicySearchExtension.SearchCommandId);

        extension.GetProperty("botId").GetString().Should().Be(Manifest.GetProperty("bots")[0].GetProperty("botId").GetString());
        command.GetProperty("type").GetString().Should().Be("query");
        command.GetProperty("initialRun").GetBoolean().Should().BeTrue("an empty search lists the library");
        command.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
            .Should().Equal(PolicySearchExtension.QueryParameter);
    }

    [Fact]
    public void ComposeExtension_ReportMessage_IsAMessageActionWithAFetchedTask()
    {
        var command = Manifest.GetProperty("composeExtensions")[0].GetProperty("commands").EnumerateArray()
            .Single(c => c.GetProperty("id").GetString() == ReportMessageAction.Id);

        command.GetProperty("type").GetString().Should().Be("action");
        command.GetProperty("context").EnumerateArray().Select(c => c.GetString()).Should().Equal("message");
        command.GetProperty("fetchTask").GetBoolean().Should().BeTrue("the form is built from the message it was started on");
        Manifest.GetProperty("bots")[0].GetProperty("scopes").EnumerateArray().Select(s => s.GetString())
            .Should().BeEquivalentTo(["personal", "team", "groupChat"], "message actions follow the bot's scopes: 1:1 chats, channels and group chats");
    }

    private static JsonElement Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "manifest", "manifest.json")));
        return document.RootElement.Clone();
    }
}
