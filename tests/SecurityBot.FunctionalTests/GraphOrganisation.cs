using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using SecurityBot.Testing.Cards;
using SecurityBot.Testing.Graph;

namespace SecurityBot.FunctionalTests;

/// <summary>
/// The demo organisation served by a local Microsoft Graph (the real Graph SDK and MSAL talk to it over HTTPS with a
/// throwaway certificate), for journeys the local directory file cannot play: group chats made through Graph, people
/// reached by proactive installation. <see cref="Settings"/> are the documented settings that point the host at it.
/// </summary>
public sealed class GraphOrganisation : IAsyncDisposable
{
    public const string TenantId = "4f5c6d7e-1a2b-4c3d-8e9f-0a1b2c3d4e5f";
    public const string ClientId = "3a9d7f1e-2b4c-4d6e-8f0a-1b2c3d4e5f60";
    public const string CatalogAppId = "7c1e2d3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f";
    private const string ClientSecret = "functional-graph-secret-not-real";

    private GraphOrganisation(X509Certificate2 certificate, FakeEntraTokenEndpoint token, FakeGraphServer graph)
    {
        Certificate = certificate;
        Token = token;
        Graph = graph;
    }

    public X509Certificate2 Certificate { get; }

    public FakeEntraTokenEndpoint Token { get; }

    public FakeGraphServer Graph { get; }

    /// <summary>Host settings (environment-variable names as configuration keys) for Directory:Provider=Graph against these fakes.</summary>
    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Directory:Provider"] = "Graph",
        ["Directory:Graph:BaseUrl"] = Graph.BaseUrl,
        ["Directory:Graph:AuthorityHost"] = Token.AuthorityHost,
        ["Directory:Graph:TenantId"] = TenantId,
        ["Directory:Graph:ClientId"] = ClientId,
        ["Directory:Graph:ClientSecret"] = ClientSecret,
        ["Directory:Graph:TeamsAppCatalogId"] = CatalogAppId,
    };

    /// <summary>
    /// <see cref="Settings"/>, plus Outbox:DefaultServiceUrl: people who never talked to the bot are reached by
    /// proactive installation and their chat lives on the connector's serviceUrl, as in a real tenant. The test's own
    /// <paramref name="overrides"/> win.
    /// </summary>
    public IReadOnlyDictionary<string, string?> HostSettings(string connectorServiceUrl, IReadOnlyDictionary<string, string?>? overrides) =>
        Settings.Append(new("Outbox:DefaultServiceUrl", connectorServiceUrl))
            .Concat(overrides ?? new Dictionary<string, string?>())
            .GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    /// <summary>Starts the fakes and loads every person and group of src/SecurityBot/directory/demo-organisation.json.</summary>
    public static async Task<GraphOrganisation> StartAsync()
    {
        var certificate = LoopbackCertificate.Create();
        var token = await FakeEntraTokenEndpoint.StartAsync(certificate, TenantId, ClientId, ClientSecret);
        var graph = await FakeGraphServer.StartAsync(certificate);
        var organisation = new GraphOrganisation(certificate, token, graph);
        using var demo = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Find(), "src", "SecurityBot", "directory", "demo-organisation.json")));
        foreach (var user in demo.RootElement.GetProperty("users").EnumerateArray())
        {
            graph.AddUser(new FakeGraphUser(
                user.GetProperty("id").GetString()!,
                user.GetProperty("upn").GetString()!,
                user.GetProperty("displayName").GetString()!,
                Optional(user, "jobTitle"),
                Optional(user, "department"),
                Optional(user, "managerId")));
        }

        foreach (var group in demo.RootElement.GetProperty("groups").EnumerateArray())
        {
            graph.AddGroup(group.GetProperty("id").GetString()!, [.. group.GetProperty("members").EnumerateArray().Select(m => m.GetString()!)]);
        }

        return organisation;
    }

    public async ValueTask DisposeAsync()
    {
        await Graph.DisposeAsync();
        await Token.DisposeAsync();
        Certificate.Dispose();
    }

    private static string? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
