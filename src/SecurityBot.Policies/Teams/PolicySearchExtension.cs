using System.Text.Json;
using SecurityBot.BotFramework.Builder;
using SecurityBot.BotFramework.Schema;
using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// The compose-box search ("searchPolicies" in the manifest): each result is an answer card the user drops into the
/// conversation, listed with a thumbnail preview. An empty query (or Teams' initial run) lists the library.
/// </summary>
internal sealed class PolicySearchExtension(PolicyResponder responder) : IMessagingExtensionQueryHandler
{
    /// <summary>The command id declared in manifest/manifest.json under composeExtensions.</summary>
    public const string SearchCommandId = "searchPolicies";

    /// <summary>The query parameter's name in the manifest.</summary>
    public const string QueryParameter = "query";

    private const string ThumbnailContentType = "application/vnd.microsoft.card.thumbnail";
    private const int DefaultCount = 10;
    private const int MaxCount = 25;
    private const int MaxPreviewText = 160;

    /// <summary>The index returns at most 50 sections; paging stops there.</summary>
    private const int MaxResults = 50;

    public string CommandId => SearchCommandId;

    public Task<MessagingExtensionResponse> HandleAsync(ITurnContext turn, Actor actor, MessagingExtensionQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var text = QueryText(query);
        var skip = Math.Clamp(query.QueryOptions?.Skip ?? 0, 0, MaxResults);
        var count = Math.Clamp(query.QueryOptions?.Count ?? DefaultCount, 1, MaxCount);
        var result = text.Length == 0 ? LibraryList(skip, count) : Answers(text, skip, count);
        return Task.FromResult(new MessagingExtensionResponse { ComposeExtension = result });
    }

    /// <summary>The text of the "query" parameter; empty for Teams' initial run ("initialRun": "true") or when absent.</summary>
    internal static string QueryText(MessagingExtensionQuery query)
    {
        var parameter = query.Parameters?.FirstOrDefault(p => string.Equals(p.Name, QueryParameter, StringComparison.Ordinal))
            ?? query.Parameters?.FirstOrDefault(p => !string.Equals(p.Name, "initialRun", StringComparison.Ordinal));
        var value = parameter?.Value switch
        {
            string s => s,
            JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
            _ => null,
        };
        return PolicyQueryText.Bound(value);
    }

    private MessagingExtensionResult LibraryList(int skip, int count) =>
        Result(responder.Library.Policies
            .OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
            .Skip(skip)
            .Take(count)
            .Select(p => Attachment(PolicyDocumentCards.Summary(p), p.Title, $"v{p.Version} · {p.Sections.Count} sections · {p.Owner}")));

    private MessagingExtensionResult Answers(string text, int skip, int count)
    {
        var found = responder.Search(text, Math.Min(skip + count, MaxResults));
        if (!found.HasHits)
        {
            var hint = found.Suggestions.Count > 0 ? " Try: " + string.Join(", ", found.Suggestions.Take(5)) + "." : string.Empty;
            return new MessagingExtensionResult
            {
                Type = "message",
                Text = CardText.Plain($"No policy matches “{CardText.Truncate(text, 80)}”.{hint}"),
            };
        }

        return Result(found.Hits.Skip(skip).Select(hit =>
            Attachment(PolicyAnswerCards.Single(hit), $"{hit.Policy.Title} §{hit.Section.Number} {hit.Section.Heading}", Preview(hit))));
    }

    private static MessagingExtensionResult Result(IEnumerable<MessagingExtensionAttachment> attachments) => new()
    {
        Type = "result",
        AttachmentLayout = "list",
        Attachments = attachments.ToList(),
    };

    private static MessagingExtensionAttachment Attachment(AdaptiveCard card, string title, string text) => new()
    {
        ContentType = AdaptiveCard.ContentType,
        Content = card.ToJsonElement(),
        Preview = new Attachment
        {
            ContentType = ThumbnailContentType,
            // Thumbnail text is shown as text by Teams' result list; Plain breaks any tag a policy file could carry.
            Content = new { title = CardText.Plain(CardText.Truncate(title, 120)), text = CardText.Plain(CardText.Truncate(text, MaxPreviewText)) },
        },
    };

    private static string Preview(PolicySearchHit hit) =>
        $"v{hit.Policy.Version} · {string.Join(' ', hit.Excerpt.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))}";
}
