using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform;
using SecurityBot.Platform.Directory.Graph;
using SecurityBot.Testing.Graph;

namespace SecurityBot.Benchmarks.Directory;

/// <summary>
/// The production wiring (AddDirectory with Directory:Provider=Graph, the real Graph SDK and Azure.Identity) against
/// the local fake Graph and token endpoint, so every Graph call the routing makes is counted by the fake.
/// </summary>
internal sealed class DirectoryBenchmarkEnvironment : IAsyncDisposable
{
    private const string TenantId = "7d1c3b0e-5a0f-4f5e-9d51-6f3f2a7c9b10";
    private const string ClientId = "5b2e6c2a-0c7a-4a0b-8d0e-3f1e2d4c6a88";
    private const string Secret = "benchmark-secret";

    private readonly X509Certificate2 _certificate;
    private readonly FakeEntraTokenEndpoint _token;
    private IHost? _host;

    private DirectoryBenchmarkEnvironment(X509Certificate2 certificate, FakeEntraTokenEndpoint token, FakeGraphServer graph)
    {
        _certificate = certificate;
        _token = token;
        Graph = graph;
    }

    public FakeGraphServer Graph { get; }

    public int TokenRequests => _token.Requests.Count;

    public IRecipientRouter Router => _host!.Services.GetRequiredService<IRecipientRouter>();

    public static async Task<DirectoryBenchmarkEnvironment> StartAsync(int users)
    {
        var certificate = LoopbackCertificate.Create();
        var token = await FakeEntraTokenEndpoint.StartAsync(certificate, TenantId, ClientId, Secret);
        var graph = await FakeGraphServer.StartAsync(certificate);
        graph.PageSize = 999;
        BenchmarkOrganisation.Populate(graph, users);
        return new DirectoryBenchmarkEnvironment(certificate, token, graph);
    }

    /// <summary>Starts a fresh SecurityBot directory (empty cache) against the same fake Graph.</summary>
    public async Task RestartBotAsync(bool cacheEnabled)
    {
        await StopBotAsync();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Directory:Provider"] = "Graph",
            ["Directory:Graph:BaseUrl"] = Graph.BaseUrl,
            ["Directory:Graph:AuthorityHost"] = _token.AuthorityHost,
            ["Directory:Graph:TenantId"] = TenantId,
            ["Directory:Graph:ClientId"] = ClientId,
            ["Directory:Graph:ClientSecret"] = Secret,
            ["Directory:Cache:Enabled"] = cacheEnabled ? "true" : "false",
            ["Directory:Cache:UserTtl"] = "01:00:00",
            ["Directory:Cache:ManagerTtl"] = "01:00:00",
            ["Directory:Cache:GroupTtl"] = "01:00:00",
            ["Roles:SecurityTeamGroupId"] = BenchmarkOrganisation.SecurityTeamGroupId,
            ["Roles:IncidentRespondersGroupId"] = BenchmarkOrganisation.IncidentRespondersGroupId,
            ["Roles:RiskApproversGroupId"] = BenchmarkOrganisation.RiskApproversGroupId,
            ["Roles:CsoUserId"] = BenchmarkOrganisation.CsoId,
            ["Roles:SecurityLeadUserId"] = BenchmarkOrganisation.SecurityLeadId,
        });
        builder.Services.AddLogging();
        builder.AddDirectory();
        builder.Services.AddHttpClient(GraphHttpClients.Token).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(_certificate));
        builder.Services.AddHttpClient(GraphHttpClients.Graph).ConfigurePrimaryHttpMessageHandler(() => LoopbackCertificate.TrustOnly(_certificate));
        _host = builder.Build();
        await _host.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopBotAsync();
        await Graph.DisposeAsync();
        await _token.DisposeAsync();
        _certificate.Dispose();
    }

    private async Task StopBotAsync()
    {
        if (_host is not null)
        {
            await _host.StopAsync();
            _host.Dispose();
            _host = null;
        }
    }
}
