using SecurityBot.IntegrationTests.Persistence;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// Part 2: the real SecurityBot host as a child process (tests' BotProcess, linked), killed with SIGKILL halfway
/// through the campaign and started again over the same SQLite file. As in CrashRecoveryTests the kill lands while
/// sends are in flight (the fake holds every request after half the audience has its card) and after every card the
/// fake acknowledged is committed, i.e. outside the one window no outbox can close (2xx received, commit not yet
/// made — docs/persistence.md). Authentication is off in the child (Development, no app id): nothing here measures it.
/// </summary>
internal static class CrashRun
{
    public static async Task RunAsync(AttestationScene scene, FakeConnectorServer teams)
    {
        var people = scene.People;
        var floor = AttestationLoadReport.Floor(people);
        var environment = scene.Environment();
        environment["MicrosoftAppId"] = string.Empty;
        teams.HoldAfter(people / 2);

        DateTimeOffset started;
        DateTimeOffset killedAt;
        int campaign;
        int reachedAtKill;
        int deliveredAtKill;
        int leaseWarnings;
        using (var first = BotProcess.Start(environment))
        {
            await first.WaitUntilStartedAsync();
            await scene.SeedConversationsAsync();
            started = DateTimeOffset.UtcNow;
            campaign = await scene.DraftAndStartAsync();
            var holding = await Task.WhenAny(teams.Holding, Task.Delay(floor * 3 + TimeSpan.FromMinutes(2)));
            if (holding != teams.Holding)
            {
                throw new TimeoutException($"Half the audience never got a card; bot output:\n{first.Output}");
            }

            // As the tests: every acknowledged card committed before the kill. If that does not happen within 30 s
            // (a lease lost under load keeps an acknowledged row pending), the kill goes ahead and the gap is printed.
            try
            {
                await AttestationLoadReport.WaitAsync(async () => await scene.DeliveredAsync() == teams.PostedMessageCount, TimeSpan.FromSeconds(30), "acknowledged cards committed");
            }
            catch (TimeoutException)
            {
                Console.WriteLine($"NOTE: at the kill the fake had acknowledged {teams.PostedMessageCount} messages but only {await scene.DeliveredAsync()} rows were committed as delivered; " +
                    $"\"no longer leased\" warnings in the bot's output: {Count(first.Output, "no longer leased")}");
            }

            leaseWarnings = Count(first.Output, "no longer leased");
            first.Kill();
            killedAt = DateTimeOffset.UtcNow;
            reachedAtKill = FanOutCount.Reached(teams);
            deliveredAtKill = await scene.DeliveredAsync();
        }

        teams.ReleaseHeld();
        DateTimeOffset restartedAt;
        using (var second = BotProcess.Start(environment))
        {
            await second.WaitUntilStartedAsync();
            restartedAt = DateTimeOffset.UtcNow;
            await AttestationLoadReport.WaitAsync(() => Task.FromResult(FanOutCount.Reached(teams) >= people), floor * 5 + TimeSpan.FromMinutes(2), "every person has a card after the restart");
            await AttestationLoadReport.WaitUntilQuietAsync(scene, TimeSpan.FromMinutes(2));
            leaseWarnings += Count(second.Output, "no longer leased");
            second.Kill();
        }

        var fan = FanOutCount.Of(teams, people);
        var owner = AttestationScene.ConversationOf(AttestationScene.OwnerId);
        var firstAfter = teams.Posted.Where(p => !p.IsUpdate && p.ConversationId != owner && p.At >= restartedAt).Select(p => p.At).DefaultIfEmpty(restartedAt).Min();
        var left = people - reachedAtKill;
        var recovery = fan.Last!.Value - restartedAt;
        var leftFloor = AttestationLoadReport.Floor(left);
        Console.WriteLine();
        Console.WriteLine($"Crash (campaign {campaign}): kill -9 of the bot process with {reachedAtKill:N0} people reached ({deliveredAtKill:N0} outbox rows delivered), restart over the same database");
        Console.WriteLine(AttestationLoadReport.Row("People", "lost", "doubled", "restart (\"Application started\") → last card", "restart → first card", "floor for the rest (computed)", "× floor",
            "Send → kill", "kill → restarted (process start-up)", "Send → last card, whole run", "429s answered by the fake"));
        Console.WriteLine(AttestationLoadReport.Row("---", "---", "---", "---", "---", "---", "---", "---", "---", "---", "---"));
        Console.WriteLine(AttestationLoadReport.Row($"{people:N0}", fan.Lost, fan.Doubled, $"{recovery.TotalSeconds:F2} s", $"{(firstAfter - restartedAt).TotalSeconds:F2} s", $"{leftFloor.TotalSeconds:F1} s ({left:N0} people)",
            $"{recovery / leftFloor:F3}", $"{(killedAt - started).TotalSeconds:F2} s", $"{(restartedAt - killedAt).TotalSeconds:F2} s",
            $"{(fan.Last.Value - started).TotalSeconds:F2} s", fan.Throttled));
        Console.WriteLine($"Outbox \"row no longer leased\" warnings (both processes): {leaseWarnings}");
    }

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
