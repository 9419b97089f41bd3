using Microsoft.AspNetCore.Http;

namespace SecurityBot.BotFramework.Builder;

/// <summary>Turns one HTTP request to the bot endpoint into a turn, and the turn's outcome into the HTTP response.</summary>
public interface IBotFrameworkHttpAdapter
{
    Task ProcessAsync(HttpRequest httpRequest, HttpResponse httpResponse, IBot bot, CancellationToken cancellationToken);
}
