using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform;
using SecurityBot.Platform.Directory.Graph;
using SecurityBot.Testing.Graph;

namespace SecurityBot.IntegrationTests.Directory;

/// <summary>
/// SecurityBot's real directory wiring (AddDirectory, Directory:Provider=Graph) against a local fake Graph and a local
/// HTTPS token endpoint. The only test-specific piece is the primary handler of the two named HttpClients, which
/// trusts exactly the throwaway certificate both fakes serve.
/// </summary>
internal sealed class GraphDirectoryHarness : IAsyncDisposable
{
    public const string TenantId = "7d1c3b0e-5a0f-4f5e-9d51-6f3f2a7c9b10";
    public const string ClientId = "5b2e6c2a-0c7a-4a0b-8d0e-3f1e2d4c6a88";
    public const string ClientSecret = "test-secret-not-real";
    public const string CatalogAppId = "e1f4a7b2-3c5d-4e6f-8a9b-0c1d2e3f4a5b";
    public const string SecurityTeamGroupId = "0a6b7c8d-0000-4000-8000-00000000a001";
    public const string RiskApproversGroupId = "0a6b7c8d-0000-4000-8000-00000000a002";

    private readonly IHost _host;
    private readonly X509Certificate2 _certificate;

    private GraphDirectoryHarness(IHost host, FakeGraphServer graph, FakeEntraTokenEndpoint token, X509Certificate2 certificate)
    {
        _host = host;
        Graph = graph;
        Token = token;
        _certificate = certificate;
    }

    public FakeGraphServer Graph { get; }

    public FakeEntraTokenEndpoint Token { get; }

    public IServiceProvider Services => _host.Services;

    public IDirectory Directory => Services.GetRequiredService<IDirectory>();

    public ITeamsChats Chats => Services.GetRequiredService<ITeamsChats>();

    public static async Task<GraphDirectoryHarness> StartAsync(IDictionary<string, string?>? overrides = null, string clientSecret = ClientSecret)
    {
        var certificate = LoopbackCertificate.Create();
        var token = await FakeEntraTokenEndpoint.StartAsync(certificate, TenantId, ClientId, ClientSecret);
        var graph = await FakeGraphServer.StartAsync(certificate);

        var settings = new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Graph",
            ["Directory:Graph:BaseUrl"] = graph.BaseUrl,
            ["Directory:Graph:AuthorityHost"] = token.AuthorityHost,
            ["Directory:Graph:TeamsAppCatalogId"] = CatalogAppId,
            // Credentials come from the bot's registration, as in a real deployment with one app registration.
            ["MicrosoftAppTenantId"] = TenantId,
            ["MicrosoftAppId"] = ClientId,
            ["MicrosoftAppPassword"] = clientSecret,
            ["Roles:SecurityTeamGroupId"] = SecurityTeamGroupId,
            ["Roles:RiskApproversGroupId"] = RiskApproversGroupId,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddLogging();
        builder.AddDirectory();
        builder.Services.AddHttpClient(GraphHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(certificate));
        builder.Services.AddHttpClient(GraphHttpClients.Graph).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(certificate));
        var host = builder.Build();
        var harness = new GraphDirectoryHarness(host, graph, token, certificate);
        try
        {
            await host.StartAsync();
        }
        catch
        {
            await harness.DisposeAsync();
            throw;
        }

        return harness;
    }

    public void AddUser(string id, string name, string? managerId = null) =>
        Graph.AddUser(new FakeGraphUser(id, $"{name.Replace(' ', '.').ToLowerInvariant()}@contoso.test", name, "Engineer", "Engineering", managerId));

    public int RequestsTo(string pathFragment) => Graph.Requests.Count(r => r.PathAndQuery.Contains(pathFragment, StringComparison.OrdinalIgnoreCase));

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        await Graph.DisposeAsync();
        await Token.DisposeAsync();
        _certificate.Dispose();
    }
}
