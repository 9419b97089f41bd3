using System.Net.Http.Headers;
using System.Text;

namespace SecurityBot.FunctionalTests;

/// <summary>Posts activity JSON to /api/messages the way the Bot Connector does.</summary>
public static class BotEndpoint
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string activityJson, string? bearerToken = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(activityJson, Encoding.UTF8, "application/json"),
        };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        return await client.SendAsync(request);
    }
}
