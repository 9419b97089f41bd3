using System.Globalization;
using System.Text.Json;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Graph;

namespace SecurityBot.FunctionalTests.Attestation;

/// <summary>
/// What attestation journeys share: a 30-person Entra group in the local Graph (nested twice, a device among its
/// members, one person listed twice, served in pages of 7), the security lead's form, and reading who got which card.
/// </summary>
internal static class AttestationJourney
{
    public const string GroupId = "a77e5700-0000-4000-8000-00000000a001";
    public const string NestedGroupId = "a77e5700-0000-4000-8000-00000000a002";
    public const string InnerGroupId = "a77e5700-0000-4000-8000-00000000a003";
    public const string DeviceId = "a77e5700-0000-4000-8000-00000000d001";
    public const string AskHeading = "Please read and accept";
    private const int Synthetic = 27;

    /// <summary>People of the demo organisation in the group: Alex and Isaiah talk to the bot first, Adele never does.</summary>
    public static IReadOnlyList<Person> Known { get; } = [Person.Alex, Person.Isaiah, Person.Adele];

    /// <summary>Every member's Entra object id: the three above and 27 people who never talked to the bot.</summary>
    public static IReadOnlyList<string> MemberIds { get; } = [.. Known.Select(p => p.AadObjectId), .. Enumerable.Range(1, Synthetic).Select(SyntheticId)];

    /// <summary>
    /// Adds the group: Alex, Isaiah, Adele and a nested group of 15 people, which nests 12 more, a device and Alex
    /// again. Graph lists 33 objects (30 people, 2 groups, 1 device) over 5 pages.
    /// </summary>
    public static void AddGroup(GraphOrganisation organisation)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        var graph = organisation.Graph;
        foreach (var n in Enumerable.Range(1, Synthetic))
        {
            graph.AddUser(new FakeGraphUser(SyntheticId(n), $"member{n:00}@contoso.example", Name(n), "Analyst",
                n % 2 == 0 ? "Engineering" : "Finance", Person.Megan.AadObjectId));
        }

        graph.AddDirectoryObject(DeviceId, "#microsoft.graph.device");
        graph.AddGroup(InnerGroupId, [.. Enumerable.Range(16, 12).Select(SyntheticId), DeviceId, Person.Alex.AadObjectId]);
        graph.AddGroup(NestedGroupId, [.. Enumerable.Range(1, 15).Select(SyntheticId), InnerGroupId]);
        graph.AddGroup(GroupId, Person.Alex.AadObjectId, Person.Isaiah.AadObjectId, Person.Adele.AadObjectId, NestedGroupId);
        graph.PageSize = 7;
    }

    public static string Name(int n) => $"Audience Member {n:00}";

    /// <summary>The 1:1 chat a member's cards reach: the one they opened with the bot, else the one proactive installation made.</summary>
    public static string ChatOf(string memberId) =>
        Known.FirstOrDefault(p => p.AadObjectId == memberId && p != Person.Adele)?.Conversation ?? FakeGraphServer.ChatIdFor(memberId);

    /// <summary>New cards (not edits) in <paramref name="chatId"/> whose text contains <paramref name="text"/>.</summary>
    public static int CardCount(FakeConnectorServer connector, string chatId, string text) =>
        connector.Posted.Count(p => !p.IsUpdate && p.ConversationId == chatId && CardJson.Texts(p.Body).Contains(text, StringComparison.Ordinal));

    /// <summary>The form's inputs for the acceptable-use policy to the group, due on <paramref name="due"/>.</summary>
    public static object Form(DateOnly due, string audienceValue = GroupId) => new
    {
        policy = "acceptable-use",
        audienceKind = "group",
        audienceValue,
        due = due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        message = "Please read this before the audit.",
    };

    /// <summary>
    /// The lead's journey up to the cards going out: the form, "Next" (the confirmation card) and "Send". Returns the
    /// confirmation; every member then has their card.
    /// </summary>
    public static async Task<JsonElement> StartCampaignAsync(this BotHarness bot, DateOnly due)
    {
        ArgumentNullException.ThrowIfNull(bot);
        (await bot.SayAsync(Person.Alex, "help")).EnsureSuccessStatusCode();
        (await bot.SayAsync(Person.Isaiah, "help")).EnsureSuccessStatusCode();
        (await bot.SayAsync(Person.Tomas, "policy campaign")).EnsureSuccessStatusCode();
        var form = await bot.WaitForCardAsync(Person.Tomas, "Start a policy attestation campaign");
        CardJson.HasAction(form, "Next: count the audience").Should().BeTrue();

        // As Teams does, each press names the message the card is (replyToId): the form, then the confirmation in its place.
        var cardId = FormMessage(bot).ActivityId;
        var confirmation = await bot.PressAsync(Person.Tomas, "attest.preview", Form(due), cardId);
        confirmation.GetProperty("statusCode").GetInt32().Should().Be(200, confirmation.ToString());
        var sent = await bot.PressAsync(Person.Tomas, "attest.send", CardJson.ActionData(CardJson.Card(confirmation), "Send to 30 people"), cardId);
        sent.GetProperty("statusCode").GetInt32().Should().Be(200, sent.ToString());
        (await bot.EventuallyAsync(c => MemberIds.All(id => CardCount(c, ChatOf(id), AskHeading) > 0)))
            .Should().BeTrue("every member gets their card. " + bot.Failures);
        return confirmation;
    }

    /// <summary>The message in the lead's chat that holds the campaign form (later the confirmation, then the progress card).</summary>
    public static PostedActivity FormMessage(BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.Connector.Posted.Single(p => !p.IsUpdate && p.ConversationId == Person.Tomas.Conversation
            && CardJson.Texts(p.Body).Contains("Start a policy attestation campaign", StringComparison.Ordinal));
    }

    /// <summary>The newest version of the lead's progress card (the pressed confirmation, edited as figures change).</summary>
    public static async Task<JsonElement> WaitForProgressCardAsync(BotHarness bot, string text)
    {
        ArgumentNullException.ThrowIfNull(bot);
        (await bot.EventuallyAsync(c => c.Posted.Any(p => p.ConversationId == Person.Tomas.Conversation && CardJson.Texts(p.Body).Contains(text, StringComparison.Ordinal))))
            .Should().BeTrue("the lead's progress card shows '{0}'. {1}", text, bot.Failures);
        var latest = bot.Connector.Posted.Last(p => p.ConversationId == Person.Tomas.Conversation && CardJson.Texts(p.Body).Contains(text, StringComparison.Ordinal));
        using var doc = JsonDocument.Parse(latest.Body);
        return CardJson.Card(doc.RootElement).Clone();
    }

    /// <summary>The first business day (Monday to Friday, the shipped calendar) <paramref name="count"/> business days after <paramref name="date"/>.</summary>
    public static DateOnly BusinessDaysAfter(DateOnly date, int count)
    {
        var day = date;
        while (count > 0)
        {
            day = day.AddDays(1);
            count -= day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0 : 1;
        }

        return day;
    }

    /// <summary>Shortly after the shipped reminder time (09:00, organisation zone UTC) on <paramref name="date"/>.</summary>
    public static DateTimeOffset ReminderTimeOn(DateOnly date) => new(date.ToDateTime(new TimeOnly(9, 0, 30)), TimeSpan.Zero);

    private static string SyntheticId(int n) => $"a77e5700-0000-4000-8000-0000000001{n:00}";
}
