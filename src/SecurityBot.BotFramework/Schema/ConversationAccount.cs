namespace SecurityBot.BotFramework.Schema;

/// <summary>The conversation an activity belongs to.</summary>
public class ConversationAccount : ExtensibleObject
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }
}
