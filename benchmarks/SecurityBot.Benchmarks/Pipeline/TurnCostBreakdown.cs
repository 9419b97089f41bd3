using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Platform.Chat;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// Single-threaded cost of the pieces of a text turn, measured in the running bot after warm-up, so the pipeline
/// numbers can be read: how much of a turn is token validation, outbound token, and building + serialising the reply.
/// </summary>
internal static class TurnCostBreakdown
{
    private const int Iterations = 5_000;
    private const int FreshTokens = 1_200;

    public static async Task PrintAsync(IServiceProvider services, string channelToken, Func<int, string> freshToken, string serviceUrl)
    {
        var validator = services.GetRequiredService<IChannelTokenValidator>();
        var tokens = services.GetRequiredService<IAccessTokenProvider>();
        var catalog = services.GetRequiredService<CommandCatalog>();
        var header = "Bearer " + channelToken;

        var validate = await TimeAsync(() => validator.ValidateAsync(header, "msteams", serviceUrl, CancellationToken.None));
        // Distinct tokens, each seen for the first time: the full RS256 proof.
        var fresh = Enumerable.Range(0, FreshTokens).Select(i => "Bearer " + freshToken(i)).ToArray();
        var next = 0;
        var firstUse = await TimeAsync(() => validator.ValidateAsync(fresh[next++ % fresh.Length], "msteams", serviceUrl, CancellationToken.None), FreshTokens - 200);
        var outbound = await TimeAsync(() => tokens.GetAccessTokenAsync(CancellationToken.None));
        var build = await TimeAsync(() =>
        {
            var activity = SecurityBot.BotFramework.Schema.Activity.CreateCardActivity(HelpCard.Create(catalog.Help));
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(activity, SecurityBot.BotFramework.Schema.BotJson.Options).Length);
        });
        var prepared = await TimeAsync(() =>
        {
            var activity = SecurityBot.BotFramework.Schema.Activity.CreateCardActivity(catalog.HelpReply.Content);
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(activity, SecurityBot.BotFramework.Schema.BotJson.Options).Length);
        });

        Console.WriteLine($"Per turn, single thread, mean of {Iterations} ({FreshTokens - 200} new tokens): inbound JWT validation {firstUse:F1} µs for a new token, {validate:F1} µs for a token already proven (the channel reuses its token), outbound token {outbound:F1} µs, help card build + serialise {build:F1} µs, the prepared help card serialised {prepared:F1} µs");
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action, int iterations = Iterations)
    {
        for (var i = 0; i < 200; i++)
        {
            await action();
        }

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await action();
        }

        return stopwatch.Elapsed.TotalMicroseconds / iterations;
    }
}
