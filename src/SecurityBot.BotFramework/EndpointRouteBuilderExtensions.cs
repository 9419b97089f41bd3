using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Builder;

namespace SecurityBot.BotFramework;

/// <summary>Maps the bot endpoint.</summary>
public static class EndpointRouteBuilderExtensions
{
    /// <summary>POST <paramref name="pattern"/> runs a turn of the scoped <see cref="IBot"/> through the adapter.</summary>
    public static IEndpointConventionBuilder MapBotFramework(this IEndpointRouteBuilder endpoints, string pattern = "/api/messages")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapPost(pattern, (HttpContext context) =>
        {
            var adapter = context.RequestServices.GetRequiredService<IBotFrameworkHttpAdapter>();
            var bot = context.RequestServices.GetRequiredService<IBot>();
            return adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted);
        });
    }
}
