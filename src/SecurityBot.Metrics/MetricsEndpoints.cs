using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;
using SecurityBot.Metrics.Charts;

namespace SecurityBot.Metrics;

/// <summary>The HTTP side of the metrics capability: the signed chart and export links.</summary>
public static class MetricsEndpoints
{
    /// <summary>
    /// GET /api/metrics/files/{token}: the file, or 404 for a token unknown, tampered with or expired (never saying
    /// which). Anonymous on purpose — Teams fetches card images without the bot's credentials; the token is the
    /// capability.
    /// </summary>
    public static IEndpointConventionBuilder MapMetrics(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGet(SignedFileStore.Route + "/{token}", (string token, HttpContext context) =>
        {
            var file = context.RequestServices.GetRequiredService<SignedFileStore>().Find(token);
            context.Response.Headers.CacheControl = "no-store";
            if (file is null)
            {
                return Results.NotFound();
            }

            if (file.DownloadName is { } name)
            {
                var disposition = new ContentDispositionHeaderValue("attachment");
                disposition.SetHttpFileName(name);
                context.Response.Headers.ContentDisposition = disposition.ToString();
            }

            return Results.Bytes(file.Content, file.ContentType);
        }).ExcludeFromDescription();
    }
}
