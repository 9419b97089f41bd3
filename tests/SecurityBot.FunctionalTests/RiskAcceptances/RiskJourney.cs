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
}
