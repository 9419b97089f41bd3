using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Authentication;
using Microsoft.Kiota.Abstractions.Authentication;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Hands out GraphServiceClients on the factory-managed <see cref="GraphHttpClients.Graph"/> HttpClient. The token
/// provider is built here, not by GraphServiceClient(TokenCredential): that constructor only authenticates requests
/// to Microsoft's Graph hosts, and would send a sovereign-cloud or test base URL no token at all.
/// </summary>
internal sealed class GraphClientSource
{
    private readonly IHttpClientFactory _httpClientFactory;
    private readonly string _baseUrl;
    private readonly Lazy<IAuthenticationProvider> _authentication;

    public GraphClientSource(IOptions<GraphDirectoryOptions> options, IHttpClientFactory httpClientFactory, GraphCredentialFactory credentials)
    {
        _httpClientFactory = httpClientFactory;
        var o = options.Value;
        _baseUrl = o.BaseUrl.TrimEnd('/');
        // One credential for the app's lifetime: it caches the token until shortly before it expires.
        _authentication = new Lazy<IAuthenticationProvider>(() => new AzureIdentityAuthenticationProvider(
            credentials.Create(),
            allowedHosts: [new Uri(_baseUrl).Host],
            observabilityOptions: null,
            isCaeEnabled: true,
            scopes: [o.EffectiveScope]));
    }

    /// <summary>The base URL with no trailing slash, e.g. for @odata.bind references.</summary>
    public string BaseUrl => _baseUrl;

    /// <summary>
    /// A client per use is cheap, and taking the HttpClient from the factory each time lets its handlers rotate.
    /// </summary>
    public GraphServiceClient Create() =>
        new(_httpClientFactory.CreateClient(GraphHttpClients.Graph), _authentication.Value, _baseUrl);
}
