using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityBot.BotFramework.Schema.Teams;

namespace SecurityBot.BotFramework.Schema;

/// <summary>
/// A Bot Framework activity as Teams sends and receives it. Unknown properties survive a round trip
/// (see <see cref="ExtensibleObject"/>); <see cref="Value"/> and <see cref="ChannelData"/> arrive as JsonElement.
/// </summary>
public class Activity : ExtensibleObject
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public DateTimeOffset? Timestamp { get; set; }

    public DateTimeOffset? LocalTimestamp { get; set; }

    public string? LocalTimezone { get; set; }

    public string? ServiceUrl { get; set; }

    public string? ChannelId { get; set; }

    public ChannelAccount? From { get; set; }

    public ConversationAccount? Conversation { get; set; }

    public ChannelAccount? Recipient { get; set; }

    public string? TextFormat { get; set; }

    public string? AttachmentLayout { get; set; }

    public IList<ChannelAccount>? MembersAdded { get; set; }

    public IList<ChannelAccount>? MembersRemoved { get; set; }

    public string? Locale { get; set; }

    public string? Text { get; set; }

    public string? Summary { get; set; }

    public IList<Attachment>? Attachments { get; set; }

    public IList<Entity>? Entities { get; set; }

    public object? ChannelData { get; set; }

    /// <summary>installationUpdate: "add" or "remove" (Teams may append "-upgrade").</summary>
    public string? Action { get; set; }

    public string? ReplyToId { get; set; }

    /// <summary>Invoke name, e.g. "adaptiveCard/action" or "composeExtension/query".</summary>
    public string? Name { get; set; }

    public object? Value { get; set; }

    public string? ValueType { get; set; }

    /// <summary>The tenant: conversation.tenantId, else Teams channelData.tenant.id.</summary>
    [JsonIgnore]
    public string? TenantId => Conversation?.TenantId ?? GetChannelData<TeamsChannelData>()?.Tenant?.Id;

    public static Activity CreateMessageActivity() => new() { Type = ActivityTypes.Message };

    public static Activity CreateMessageActivity(string text) => new() { Type = ActivityTypes.Message, Text = text };

    /// <summary>A message carrying one Adaptive Card (the card object is serialised with <see cref="BotJson.Options"/>).</summary>
    public static Activity CreateCardActivity(object card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [new Attachment { ContentType = AdaptiveCardContentTypes.Card, Content = card }],
    };

    public T? GetChannelData<T>()
        where T : class => BotJson.Convert<T>(ChannelData);

    public T? GetValue<T>()
        where T : class => BotJson.Convert<T>(Value);

    public TeamsChannelData? GetTeamsChannelData() => GetChannelData<TeamsChannelData>();

    /// <summary>A reply addressed back to the sender in the same conversation.</summary>
    public Activity CreateReply(string? text = null)
    {
        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            Text = text,
            Locale = Locale,
            Conversation = Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, IsGroup = Conversation.IsGroup, ConversationType = Conversation.ConversationType, TenantId = Conversation.TenantId },
        };
        AddressReply(reply);
        return reply;
    }

    /// <summary>
    /// Fills what <paramref name="outgoing"/> leaves unset so that it answers this activity, as Bot Builder addresses
    /// replies: same channel, service URL and conversation, from the bot to the sender, in reply to this activity.
    /// </summary>
    public void AddressReply(Activity outgoing)
    {
        ArgumentNullException.ThrowIfNull(outgoing);
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= ChannelId;
        outgoing.ServiceUrl ??= ServiceUrl;
        outgoing.Conversation ??= Conversation is null ? null : new ConversationAccount { Id = Conversation.Id, TenantId = Conversation.TenantId };
        outgoing.From ??= Recipient is null ? null : new ChannelAccount { Id = Recipient.Id, Name = Recipient.Name };
        outgoing.Recipient ??= From is null ? null : new ChannelAccount { Id = From.Id, Name = From.Name, AadObjectId = From.AadObjectId };
        outgoing.ReplyToId ??= Id;
    }

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Locale = Locale,
    };

    public IReadOnlyList<Mention> GetMentions()
    {
        if (Entities is null)
        {
            return [];
        }

        var mentions = new List<Mention>();
        foreach (var entity in Entities)
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mention = entity as Mention ?? BotJson.Convert<Mention>(JsonSerializer.SerializeToElement(entity, BotJson.Options));
            if (mention is not null)
            {
                mentions.Add(mention);
            }
        }

        return mentions;
    }

    /// <summary>
    /// Removes the bot's own &lt;at&gt; mention from <see cref="Text"/> (Teams channels prefix messages with it) so
    /// commands parse the same in a channel as in a 1:1 chat. Returns the cleaned text.
    /// </summary>
    public string? RemoveRecipientMention()
    {
        if (Text is null || Recipient?.Id is null)
        {
            return Text;
        }

        foreach (var mention in GetMentions())
        {
            if (mention.Mentioned?.Id == Recipient.Id && !string.IsNullOrEmpty(mention.Text))
            {
                Text = Text.Replace(mention.Text, string.Empty, StringComparison.OrdinalIgnoreCase);
            }
        }

        Text = Text.Trim();
        return Text;
    }
}
