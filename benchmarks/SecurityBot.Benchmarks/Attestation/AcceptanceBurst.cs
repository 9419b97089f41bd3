using System.Text.Json;
using SecurityBot.Benchmarks.Pipeline;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// "I have read and accept" pressed by <c>rate × seconds</c> different people of the audience, open loop (each
/// invoke starts on schedule whatever the answers), through /api/messages with a channel token, as Teams sends an
/// Action.Execute (adaptiveCard/action) from each person's chat.
/// </summary>
internal static class AcceptanceBurst
{
    public static Task<LoadResult> RunAsync(HttpClient client, Uri endpoint, string token, string serviceUrl, string appId, int campaign, double rate, TimeSpan duration)
    {
        // LoadGenerator's open loop numbers its requests from 1,000,000: person i presses the i-th.
        var load = new LoadGenerator(client, endpoint, sequence => Invoke(sequence - 1_000_000, serviceUrl, appId, campaign), () => token);
        return load.OpenLoopAsync(rate, duration);
    }

    private static string Invoke(int person, string serviceUrl, string appId, int campaign)
    {
        var id = AttestationScene.PersonId(person);
        return JsonSerializer.Serialize(new
        {
            name = "adaptiveCard/action",
            type = "invoke",
            id = $"f:accept-{person}",
            channelId = "msteams",
            serviceUrl,
            from = new { id = $"29:{id}", name = $"Person {person}", aadObjectId = id },
            conversation = new { conversationType = "personal", tenantId = AttestationScene.TenantId, id = AttestationScene.ConversationOf(id) },
            recipient = new { id = $"28:{appId}", name = "SecurityBot" },
            channelData = new { tenant = new { id = AttestationScene.TenantId }, source = new { name = "message" } },
            value = new { action = new { type = "Action.Execute", title = "I have read and accept", verb = "attest.accept", data = new { campaign } }, trigger = "manual" },
            locale = "en-US",
        });
    }
}
