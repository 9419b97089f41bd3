namespace SecurityBot.Platform.Directory.Graph;

/// <summary>Names of the IHttpClientFactory clients the Graph directory uses (tests set their primary handlers).</summary>
public static class GraphHttpClients
{
    /// <summary>Calls to Microsoft Graph, through the Graph SDK's middleware (retry with Retry-After, redirects, ...).</summary>
    public const string Graph = "SecurityBot.Directory.Graph";

    /// <summary>Token requests to Entra ID made by Azure.Identity.</summary>
    public const string Token = "SecurityBot.Directory.GraphToken";
}
