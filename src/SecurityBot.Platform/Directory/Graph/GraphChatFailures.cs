using System.Globalization;
using System.Text.Json;
using Azure.Identity;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Kiota.Abstractions;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Turns what the Graph SDK throws for a chat call into a <see cref="TeamsChatException"/> carrying Graph's status.
/// Two shapes carry a status: an <see cref="ODataError"/> (Graph answered with an error the SDK did not retry), and
/// the <see cref="AggregateException"/> the SDK's retry handler throws once Directory:Graph:MaxRetries retries of a
/// 429/503/504 are spent — its last inner <see cref="ApiException"/> is Graph's final answer, headers included.
/// </summary>
internal static class GraphChatFailures
{
    /// <summary>
    /// Failures of Graph or of the way to it, as opposed to the caller cancelling or a bug here. Refused credentials
    /// count: a token that cannot be had right now is "no answer" to the caller (the status stays null).
    /// </summary>
    public static bool IsGraphFailure(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        ApiException or AggregateException or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException => true,
        // HttpClient's own timeout (Directory:Graph:TimeoutSeconds) surfaces as a cancellation nobody asked for.
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    public static TeamsChatException Translate(string operation, Exception ex)
    {
        var answer = ex switch
        {
            ApiException api => api,
            AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<ApiException>().LastOrDefault(),
            _ => null,
        };
        if (answer is null || answer.ResponseStatusCode == 0)
        {
            return new TeamsChatException($"{operation} got no answer from Microsoft Graph: {ex.GetType().Name}.", statusCode: null, innerException: ex);
        }

        var code = (answer as ODataError)?.Error?.Code ?? CodeFromRetryBody(answer) ?? "no error code";
        var retried = ex is AggregateException ? " after the SDK's retries" : "";
        return new TeamsChatException(
            $"{operation} failed with HTTP {answer.ResponseStatusCode} ({code}){retried}.",
            answer.ResponseStatusCode,
            RetryAfter(answer),
            ex);
    }

    /// <summary>The retry handler's ApiException has no parsed error; its message ends with Graph's raw JSON body.</summary>
    private static string? CodeFromRetryBody(ApiException answer)
    {
        var message = answer.Message;
        var start = message.IndexOf('{', StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        try
        {
            using var body = JsonDocument.Parse(message.AsMemory(start));
            return body.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (JsonException)
        {
            // Not Graph's error shape (e.g. a proxy's HTML page): the status alone has to do.
            return null;
        }
    }

    /// <summary>
    /// Retry-After in its delta-seconds form, which is what Graph sends; the HTTP-date form would need a clock here
    /// and is left out (the caller then uses its own back-off).
    /// </summary>
    private static TimeSpan? RetryAfter(ApiException answer)
    {
        foreach (var (name, values) in answer.ResponseHeaders)
        {
            if (string.Equals(name, "Retry-After", StringComparison.OrdinalIgnoreCase)
                && values.FirstOrDefault() is { } value
                && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }
        }

        return null;
    }
}
