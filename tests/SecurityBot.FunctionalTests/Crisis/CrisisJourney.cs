using System.Text.Json;
using SecurityBot.Testing.Graph;

namespace SecurityBot.FunctionalTests.Crisis;

/// <summary>What crisis-room tests do and read: messages in the room's group chat, the room's chat in Graph.</summary>
internal static class CrisisJourney
{
    public const string LegalGroupId = "5e1d0c9b-0000-4000-8000-00000000c001";
    public const string ExecutivesGroupId = "5e1d0c9b-0000-4000-8000-00000000c002";
    public const string GraceLiu = "d74a4f70-d35d-47ce-9081-95d39cc1e0bb";
    public const string NadiaOkafor = "68ec61ca-0eb1-4663-a8df-b941aff752ea";
    private static int _messageId = 1_732_400_000;

    /// <summary>The crisis settings of these journeys: Grace Liu is Legal's roster, Nadia Okafor the executives.</summary>
    public static Dictionary<string, string?> Settings(GraphOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        organisation.Graph.AddGroup(LegalGroupId, GraceLiu);
        organisation.Graph.AddGroup(ExecutivesGroupId, NadiaOkafor);
        return new Dictionary<string, string?>
        {
            ["Crisis:Roster:Legal"] = LegalGroupId,
            ["Crisis:ExecutiveGroupId"] = ExecutivesGroupId,
        };
    }

    /// <summary>A message typed in a group chat (mentioning the bot first, as Teams requires there).</summary>
    public static Task<HttpResponseMessage> SayInChatAsync(this BotHarness bot, Person who, string chatId, string text)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(who);
        var id = Interlocked.Increment(ref _messageId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var json = who.Sends(bot.Activities.GroupChatMessage(text))
            .Replace(JsonSerializer.Serialize("19:meeting-planning-chat@thread.v2"), JsonSerializer.Serialize(chatId), StringComparison.Ordinal)
            .Replace("\"1732358760000\"", JsonSerializer.Serialize(id), StringComparison.Ordinal);
        return bot.PostAsync(json, bot.ChannelToken);
    }

    /// <summary>The group chats Graph holds whose topic names the incident.</summary>
    public static IReadOnlyList<FakeGraphChat> RoomsOf(this GraphOrganisation organisation, string incidentNumber) =>
        [.. organisation.Graph.Chats.Where(c => c.Topic?.StartsWith(incidentNumber + " ", StringComparison.Ordinal) == true)];
}
