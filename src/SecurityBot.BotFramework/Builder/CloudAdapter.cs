using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.BotFramework.Connector;
using SecurityBot.BotFramework.Logging;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.BotFramework.Builder;

/// <summary>
/// The bot endpoint: size limit, parse, authenticate, tenant check, then middleware and bot. Every refusal is a
/// 4xx with a JSON error and happens before anything runs or is stored; the token is never logged.
/// </summary>
public sealed partial class CloudAdapter(
    IChannelTokenValidator tokenValidator,
    IConnectorClient connector,
    IServiceUrlTrust serviceUrlTrust,
    IEnumerable<IMiddleware> middleware,
    IOptions<BotOptions> options,
    ILogger<CloudAdapter> logger) : IBotFrameworkHttpAdapter
{
    private readonly IMiddleware[] _middleware = middleware.ToArray();

    public async Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpRequest);
        ArgumentNullException.ThrowIfNull(httpResponse);
        ArgumentNullException.ThrowIfNull(bot);

        if (!HttpMethods.IsPost(httpRequest.Method))
        {
            await WriteErrorAsync(httpResponse, StatusCodes.Status405MethodNotAllowed, "Only POST is accepted.", cancellationToken);
            return;
        }

        var body = await ActivityRequestReader.ReadAsync(httpRequest, options.Value.MaxRequestBodyBytes, cancellationToken);
        if (body.Activity is null)
        {
            LogRefused(logger, body.StatusCode, body.Error!);
            await WriteErrorAsync(httpResponse, body.StatusCode, body.Error!, cancellationToken);
            return;
        }

        var activity = body.Activity;
        var auth = await tokenValidator.ValidateAsync(httpRequest.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity.ChannelId, activity.ServiceUrl, cancellationToken);
        if (!auth.Succeeded)
        {
            LogUnauthenticated(logger, auth.StatusCode, auth.Error ?? "unknown");
            LogUnauthenticatedChannel(logger, UntrustedLogValue.Of(activity.ChannelId));
            await WriteErrorAsync(httpResponse, auth.StatusCode, auth.StatusCode == 403 ? "Forbidden." : "Unauthorized.", cancellationToken);
            return;
        }

        var allowed = options.Value.AllowedTenantIds;
        if (allowed.Count > 0 && (activity.TenantId is not { } tenant || !allowed.Contains(tenant, StringComparer.OrdinalIgnoreCase)))
        {
            LogTenantRefused(logger);
            LogTenantRefusedValue(logger, UntrustedLogValue.Of(activity.TenantId));
            await WriteErrorAsync(httpResponse, StatusCodes.Status403Forbidden, "This tenant is not allowed to use this bot.", cancellationToken);
            return;
        }

        // Only a serviceUrl that came with a valid token may be learned, and only in Development (ServiceUrlTrust).
        serviceUrlTrust.Trust(activity.ServiceUrl!);

        var turn = new TurnContext(activity, auth.Identity, connector);
        try
        {
            await RunPipelineAsync(turn, bot, 0, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogTurnFailed(logger, ex);
            LogTurnFailedActivity(logger, UntrustedLogValue.Of(activity.Type), UntrustedLogValue.Of(activity.Name));
            await WriteErrorAsync(httpResponse, StatusCodes.Status500InternalServerError, "The bot could not process this activity.", cancellationToken);
            return;
        }

        if (activity.Type == ActivityTypes.Invoke)
        {
            var invokeResponse = turn.InvokeResponse;
            if (invokeResponse is null)
            {
                await WriteErrorAsync(httpResponse, StatusCodes.Status501NotImplemented, $"The invoke '{activity.Name}' is not supported.", cancellationToken);
                return;
            }

            httpResponse.StatusCode = invokeResponse.Status;
            if (invokeResponse.Body is not null)
            {
                httpResponse.ContentType = "application/json; charset=utf-8";
                await JsonSerializer.SerializeAsync(httpResponse.Body, invokeResponse.Body, invokeResponse.Body.GetType(), BotJson.Options, cancellationToken);
            }

            return;
        }

        httpResponse.StatusCode = StatusCodes.Status200OK;
    }

    private Task RunPipelineAsync(ITurnContext turn, IBot bot, int index, CancellationToken cancellationToken) =>
        index < _middleware.Length
            ? _middleware[index].OnTurnAsync(turn, ct => RunPipelineAsync(turn, bot, index + 1, ct), cancellationToken)
            : bot.OnTurnAsync(turn, cancellationToken);

    private static async Task WriteErrorAsync(HttpResponse response, int statusCode, string message, CancellationToken cancellationToken)
    {
        if (response.HasStarted)
        {
            return;
        }

        response.StatusCode = statusCode;
        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, new { error = new { code = ReasonPhrases(statusCode), message } }, BotJson.Options, cancellationToken);
    }

    private static string ReasonPhrases(int statusCode) =>
        Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(statusCode).Replace(" ", string.Empty, StringComparison.Ordinal);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a request to the bot endpoint with {StatusCode}: {Reason}")]
    private static partial void LogRefused(ILogger logger, int statusCode, string reason);

    // Attacker-chosen values (channelId, tenant id, activity type and name) go to Debug only, through UntrustedLogValue.
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated activity with {StatusCode}: {Reason}")]
    private static partial void LogUnauthenticated(ILogger logger, int statusCode, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The refused unauthenticated activity named channel {ChannelId}")]
    private static partial void LogUnauthenticatedChannel(ILogger logger, string channelId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an activity from a tenant that is not in Bot:AllowedTenantIds")]
    private static partial void LogTenantRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The refused activity named tenant {TenantId}")]
    private static partial void LogTenantRefusedValue(ILogger logger, string tenantId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A turn failed")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The failed turn was a {ActivityType} activity ({InvokeName})")]
    private static partial void LogTurnFailedActivity(ILogger logger, string activityType, string invokeName);
}
