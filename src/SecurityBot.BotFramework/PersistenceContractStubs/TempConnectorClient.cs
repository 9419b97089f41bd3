// TEMPORARY: minimal unauthenticated connector so the persistence helper can test before the lead's READY commit.
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Connector;

public sealed class TempConnectorClient(HttpClient http) : IConnectorClient
{
    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", activity, ct);

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, ct);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", activity, ct);

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken ct) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString(activityId)}", null, ct);

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken ct) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, serviceUrl, "v3/conversations", parameters, ct);

    public Task<TeamsChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken ct) =>
        SendAsync<TeamsChannelAccount>(HttpMethod.Get, serviceUrl, $"v3/conversations/{Uri.EscapeDataString(conversationId)}/members/{Uri.EscapeDataString(memberId)}", null, ct);

    private async Task<T> SendAsync<T>(HttpMethod method, string serviceUrl, string path, object? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(new Uri(serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/"), path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType(), options: JsonSerializerOptions.Web);
        }

        using var response = await http.SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
        {
            var retryAfter = response.Headers.RetryAfter?.Delta;
            throw new ConnectorException(response.StatusCode, $"Connector answered {(int)response.StatusCode}", retryAfter);
        }

        return await response.Content.ReadFromJsonAsync<T>(JsonSerializerOptions.Web, ct) ?? throw new ConnectorException(HttpStatusCode.BadGateway, "empty body");
    }
}

public static class TempConnectorRegistration
{
    public static IServiceCollection AddTempConnector(this IServiceCollection services)
    {
        services.AddHttpClient<IConnectorClient, TempConnectorClient>();
        return services;
    }
}
