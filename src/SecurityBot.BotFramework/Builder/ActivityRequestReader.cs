using System.Text.Json;
using Microsoft.AspNetCore.Http;
using SecurityBot.BotFramework.Schema;

namespace SecurityBot.BotFramework.Builder;

/// <summary>Reads the request body into an activity, refusing oversized, malformed or incomplete bodies with a clear reason.</summary>
internal static class ActivityRequestReader
{
    /// <summary>Longest activity or conversation id accepted; far above any id Teams issues.</summary>
    public const int MaxIdLength = 1024;

    public sealed record Result(Activity? Activity, int StatusCode, string? Error);

    private const string NotAnActivity = "The body is not a valid activity.";

    public static async Task<Result> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return TooLarge(maxBytes);
        }

        if (request.ContentType is { } contentType && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return new Result(null, StatusCodes.Status415UnsupportedMediaType, "The body must be a JSON activity (Content-Type: application/json).");
        }

        // Read at most one byte past the limit: a chunked body that lies about its size is cut off, not buffered.
        var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                return TooLarge(maxBytes);
            }
        }

        if (buffer.Length == 0)
        {
            return BadRequest("The body is empty; expected a JSON activity.");
        }

        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotJson.Options);
        }
        catch (JsonException)
        {
            // One answer for every parser failure: its message (path, line, byte position, expected type) would tell
            // an unauthenticated caller how our parser and model work.
            return BadRequest(NotAnActivity);
        }

        if (activity is null)
        {
            return BadRequest("The body is not a JSON object.");
        }

        if (string.IsNullOrWhiteSpace(activity.Type))
        {
            return BadRequest("The activity has no type.");
        }

        if (string.IsNullOrWhiteSpace(activity.ServiceUrl) || !Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl) ||
            (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            return BadRequest("The activity has no valid serviceUrl.");
        }

        if (string.IsNullOrWhiteSpace(activity.Conversation?.Id) || string.IsNullOrWhiteSpace(activity.ChannelId))
        {
            return BadRequest("The activity has no conversation id or channel id.");
        }

        // Both go into the URL of every reply: one no connector accepts failed the turn with a 500 after its work was
        // done (found by the fuzz test). Teams' ids are a few hundred characters at most and never contain controls.
        if (!UsableInReplyUrl(activity.Id) || !UsableInReplyUrl(activity.Conversation.Id))
        {
            return BadRequest("The activity's id or conversation id cannot be used in a reply.");
        }

        // The sender's and the bot's ids are stored with the conversation reference and sent back in every reply; a
        // control character (a NUL: PostgreSQL refuses it in text) failed the turn after the reply was queued (found by
        // the fuzz test on PostgreSQL). Teams never sends one.
        if (!UsableInReplyUrl(activity.From?.Id) || !UsableInReplyUrl(activity.Recipient?.Id))
        {
            return BadRequest("The activity's sender or recipient id cannot be stored.");
        }

        return new Result(activity, StatusCodes.Status200OK, null);
    }

    private static bool UsableInReplyUrl(string? id) => id is null || (id.Length <= MaxIdLength && !id.Any(char.IsControl));

    private static Result TooLarge(int maxBytes) =>
        new(null, StatusCodes.Status413PayloadTooLarge, $"The body is larger than {maxBytes} bytes (Bot:MaxRequestBodyBytes).");

    private static Result BadRequest(string error) => new(null, StatusCodes.Status400BadRequest, error);
}
