using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Persistence;
using SecurityBot.Testing.FakeConnector;
using SecurityBot.Testing.Time;

namespace SecurityBot.FunctionalTests.Files;

/// <summary>What file offer tests do to the running bot: offer a file as a capability would, answer its consent card as Teams does.</summary>
internal static class FileOfferJourney
{
    /// <summary>Offers a CSV to <paramref name="to"/> the way a capability does: IFileOffers in a unit of work of its own, then commit.</summary>
    public static async Task<string> OfferFileAsync(this BotHarness bot, Person to, string fileName, byte[] content)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(to);
        await using var scope = bot.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<IFileOffers>()
            .OfferAsync(to.AadObjectId, fileName, "text/csv", content, "Who accepted which policy version, and when", CancellationToken.None);
        await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().SaveChangesAsync();
        return id;
    }

    /// <summary>Waits (bounded) for a new message to <paramref name="person"/> with an attachment of <paramref name="contentType"/>; that attachment.</summary>
    public static async Task<JsonElement> WaitForAttachmentAsync(this BotHarness bot, Person person, string contentType, ManualTimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(person);
        (await bot.EventuallyAsync(c => Attachments(c, person, contentType).Any(), clock)).Should().BeTrue($"a {contentType} should reach {person.Name}");
        return Attachments(bot.Connector, person, contentType).Last();
    }

    /// <summary>Every attachment of <paramref name="contentType"/> in new messages to <paramref name="person"/>.</summary>
    public static IEnumerable<JsonElement> Attachments(FakeConnectorServer connector, Person person, string contentType)
    {
        ArgumentNullException.ThrowIfNull(connector);
        ArgumentNullException.ThrowIfNull(person);
        foreach (var posted in connector.Posted.Where(p => !p.IsUpdate && p.ConversationId == person.Conversation))
        {
            using var doc = JsonDocument.Parse(posted.Body);
            if (!doc.RootElement.TryGetProperty("attachments", out var attachments))
            {
                continue;
            }

            foreach (var attachment in attachments.EnumerateArray().Where(a => a.GetProperty("contentType").GetString() == contentType))
            {
                yield return attachment.Clone();
            }
        }
    }

    /// <summary>
    /// <paramref name="who"/> presses Allow (with an upload session) or Decline on a consent card whose context is
    /// <paramref name="context"/> (taken from the card, as Teams hands it back).
    /// </summary>
    public static Task<HttpResponseMessage> AnswerConsentAsync(this BotHarness bot, Person who, string action, JsonElement context, string? uploadUrl = null, string fileName = "file.csv")
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(who);
        return bot.PostAsync(who.Sends(bot.Activities.FileConsent(action, context, uploadUrl, fileName)), bot.ChannelToken);
    }

    public static Task<HttpResponseMessage> AcceptAsync(this BotHarness bot, Person who, JsonElement consentCard, string uploadUrl) =>
        bot.AnswerConsentAsync(who, FileConsentCardResponse.Accept, consentCard.GetProperty("content").GetProperty("acceptContext"), uploadUrl, consentCard.GetProperty("name").GetString()!);

    public static Task<HttpResponseMessage> DeclineAsync(this BotHarness bot, Person who, JsonElement consentCard) =>
        bot.AnswerConsentAsync(who, FileConsentCardResponse.Decline, consentCard.GetProperty("content").GetProperty("declineContext"));

    public static Task<FileOffer> OfferAsync(this BotHarness bot, string id)
    {
        ArgumentNullException.ThrowIfNull(bot);
        return bot.WithDbAsync(db => db.Set<FileOffer>().AsNoTracking().SingleAsync(o => o.Id == id));
    }

    /// <summary>A CSV of <paramref name="rows"/> attestations, like the campaign export.</summary>
    public static byte[] Csv(int rows) =>
        System.Text.Encoding.UTF8.GetBytes("person,policy,version,accepted at\n" + string.Concat(Enumerable.Range(1, rows).Select(i =>
            $"person-{i:D5}@contoso.example,Acceptable use,v{(i % 3) + 1},2026-12-0{(i % 5) + 1}T10:{i % 60:D2}:00Z\n")));
}
