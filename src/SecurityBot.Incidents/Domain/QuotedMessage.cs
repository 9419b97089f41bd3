namespace SecurityBot.Incidents.Domain;

/// <summary>
/// The Teams message a person reported with "Report to security": its text as Teams gave it (plain text, bounded),
/// its author as the directory knows them, where it was posted and Teams' link to it. Every string is the message
/// author's or Teams' data: defang and escape it wherever it is shown.
/// </summary>
internal sealed record QuotedMessage(
    string? AuthorId,
    string AuthorName,
    MessageAuthorKind AuthorKind,
    ConversationKind Conversation,
    Uri? Link,
    string Text,
    DateTimeOffset? SentAt)
{
    public const int MaxTextLength = 4000;
    public const int MaxLinkLength = 1000;
}
