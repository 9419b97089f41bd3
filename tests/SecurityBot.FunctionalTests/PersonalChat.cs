using System.Text.Json;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.FunctionalTests;

/// <summary>Waiting for what reached someone's 1:1 chat with the bot (replies and proactive cards alike).</summary>
public static class PersonalChat
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(20);

    /// <summary>Waits (bounded) for a new message to <paramref name="person"/> whose card text contains <paramref name="text"/>; its card.</summary>
    public static async Task<JsonElement> WaitForCardAsync(this BotHarness bot, Person person, string text)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(person);
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            var match = bot.Connector.Posted.LastOrDefault(p => !p.IsUpdate && p.ConversationId == person.Conversation && CardJson.Texts(p.Body).Contains(text, StringComparison.Ordinal));
            if (match is not null)
            {
                using var doc = JsonDocument.Parse(match.Body);
                return CardJson.Card(doc.RootElement).Clone();
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"No card to {person.Name} containing '{text}'. Posted to them: " +
            string.Join(" /// ", bot.Connector.Posted.Where(p => p.ConversationId == person.Conversation).Select(p => CardJson.Texts(p.Body))));
    }

    /// <summary>Waits (bounded) for any activity to <paramref name="person"/> (reply or proactive) whose text contains <paramref name="text"/>.</summary>
    public static async Task<PostedActivity> WaitForPostedTextAsync(this BotHarness bot, Person person, string text)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(person);
        var deadline = DateTime.UtcNow + Wait;
        while (DateTime.UtcNow < deadline)
        {
            var match = bot.Connector.Posted.LastOrDefault(p => p.ConversationId == person.Conversation && CardJson.Texts(p.Body).Contains(text, StringComparison.Ordinal));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(25);
        }

        throw new TimeoutException($"Nothing to {person.Name} containing '{text}'.");
    }
}
