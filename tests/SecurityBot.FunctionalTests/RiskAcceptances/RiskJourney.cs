using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.RiskAcceptances.Application;

namespace SecurityBot.FunctionalTests.RiskAcceptances;

/// <summary>What risk acceptance tests read from the running bot.</summary>
internal static class RiskJourney
{
    /// <summary>The request as the register holds it (decisions included).</summary>
    public static async Task<RiskAcceptance> FindRiskAsync(this BotHarness bot, string reference)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await using var scope = bot.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RiskAcceptanceRegister>().FindAsync(reference, CancellationToken.None))!;
    }

    /// <summary>The refresh Teams sends when <paramref name="who"/> opens a risk card (verb risk.refresh); the invoke response body.</summary>
    public static async Task<string> RefreshRawAsync(this BotHarness bot, Person who, object data)
    {
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(who);
        using var response = await bot.PostAsync(who.Sends(bot.Activities.CardRefresh("risk.refresh", data)), bot.ChannelToken);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return body;
    }

    /// <summary>As <see cref="RefreshRawAsync"/>, parsed.</summary>
    public static async Task<JsonElement> RefreshAsync(this BotHarness bot, Person who, object data)
    {
        using var doc = JsonDocument.Parse(await bot.RefreshRawAsync(who, data));
        return doc.RootElement.Clone();
    }
}
