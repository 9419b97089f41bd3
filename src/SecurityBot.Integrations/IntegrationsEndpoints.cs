using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace SecurityBot.Integrations;

/// <summary>The HTTP side of the bridge: the inbound alert API.</summary>
public static class IntegrationsEndpoints
{
    public const string AlertsRoute = "/api/alerts";

    /// <summary>
    /// POST /api/alerts: a SIEM alert becomes an incident (see docs/integrations.md). Anonymous at the ASP.NET level on
    /// purpose: each source authenticates by its own configured means (an Entra token or an HMAC signature), checked
    /// by the endpoint before the body is parsed.
    /// </summary>
    public static IEndpointConventionBuilder MapIntegrations(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(AlertsRoute, (HttpRequest request, CancellationToken cancellationToken) =>
                request.HttpContext.RequestServices.GetRequiredService<AlertEndpoint>().HandleAsync(request, cancellationToken))
            .ExcludeFromDescription();
    }
}
