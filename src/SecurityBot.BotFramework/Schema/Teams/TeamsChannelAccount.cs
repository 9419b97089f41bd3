namespace SecurityBot.BotFramework.Schema.Teams;

/// <summary>A Teams member as the connector describes it.</summary>
public class TeamsChannelAccount : ChannelAccount
{
    public string? Email { get; set; }

    public string? UserPrincipalName { get; set; }

    public string? TenantId { get; set; }

    public string? GivenName { get; set; }

    public string? Surname { get; set; }

    public string? UserRole { get; set; }
}
