namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>Paging of a message extension query.</summary>
public class MessagingExtensionQueryOptions : ExtensibleObject
{
    public int? Skip { get; set; }

    public int? Count { get; set; }
}
