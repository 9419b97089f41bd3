using System.Diagnostics;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.BotFramework.Authentication;
using SecurityBot.Conversation;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// Single-threaded cost of the pieces of a text turn, measured in the running bot after warm-up, so the pipeline
/// numbers can be read: how much of a turn is token validation, outbound token, and building + serialising the reply.
/// </summary>
internal static class TurnCostBreakdown
{
    private const int Iterations = 5_000;

    public static async Task PrintAsync(IServiceProvider services, string channelToken, string serviceUrl)
    {
        var validator = services.GetRequiredService<IChannelTokenValidator>();
        var tokens = services.GetRequiredService<IAccessTokenProvider>();
        var catalog = services.GetRequiredService<CommandCatalog>();
        var header = "Bearer " + channelToken;

        var validate = await TimeAsync(() => validator.ValidateAsync(header, "msteams", serviceUrl, CancellationToken.None));
        var outbound = await TimeAsync(() => tokens.GetAccessTokenAsync(CancellationToken.None));
        var reply = await TimeAsync(() =>
        {
            var activity = SecurityBot.BotFramework.Schema.Activity.CreateCardActivity(HelpCard.Create(catalog.Help));
            return Task.FromResult(JsonSerializer.SerializeToUtf8Bytes(activity, SecurityBot.BotFramework.Schema.BotJson.Options).Length);
        });

        Console.WriteLine($"Per turn, single thread, mean of {Iterations}: inbound JWT validation {validate:F1} µs, outbound token {outbound:F1} µs, help card build + serialise {reply:F1} µs");
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> action)
    {
        for (var i = 0; i < 200; i++)
        {
            await action();
        }

        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < Iterations; i++)
        {
            await action();
        }

        return stopwatch.Elapsed.TotalMicroseconds / Iterations;
    }
}
