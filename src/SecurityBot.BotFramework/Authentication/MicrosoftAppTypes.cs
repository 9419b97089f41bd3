namespace SecurityBot.BotFramework.Authentication;

/// <summary>The values of <c>MicrosoftAppType</c>, spelled as the Bot Framework SDK and Azure Bot resource spell them.</summary>
public static class MicrosoftAppTypes
{
    public const string MultiTenant = "MultiTenant";

    public const string SingleTenant = "SingleTenant";

    public const string UserAssignedMsi = "UserAssignedMSI";

    public static bool IsKnown(string? value) =>
        Is(value, MultiTenant) || Is(value, SingleTenant) || Is(value, UserAssignedMsi);

    public static bool Is(string? value, string type) => string.Equals(value, type, StringComparison.OrdinalIgnoreCase);
}
