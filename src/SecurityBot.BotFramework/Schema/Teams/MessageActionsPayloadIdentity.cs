namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A message author: Entra object id, display name and kind ("aadUser", "federatedUser", "anonymousGuest"; for apps "bot", "webhook"...).</summary>
public class MessageActionsPayloadIdentity : ExtensibleObject
{
    public string? Id { get; set; }

    public string? DisplayName { get; set; }

    public string? UserIdentityType { get; set; }

    public string? ApplicationIdentityType { get; set; }
}
