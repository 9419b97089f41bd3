using System.Globalization;
using SecurityBot.Testing.FakeConnector;

namespace SecurityBot.Benchmarks.Attestation;

/// <summary>
/// Issue 18 item 6 as a load program: a policy attestation campaign to <c>people</c> employees through the real path
/// (CampaignDrafts/CampaignStarts, the "attest.fanout" timer, the outbox, the connector client) against the fake
/// connector enforcing the Teams limits, counting lost and doubled cards at the fake; then acceptances at a fixed
/// rate through /api/messages and the owner's progress-card edits; or, with <c>--kill</c>, a kill -9 of the bot
/// process midway and a restart over the same database.
/// Usage: <c>-- attestation [people=10000] [--kill] [--rate 200] [--seconds 10] [--batch n]</c> (--batch sets Attestation:BatchSize).
/// </summary>
internal static class AttestationLoadReport
{
    /// <summary>Teams' limit for one app in one tenant (Outbox:RateLimits:PerTenantPerSecond and the fake's own check).</summary>
    public const int PerTenantPerSecond = 50;

    public static async Task RunAsync(string[] args)
    {
        var people = args.Length > 1 && int.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 10_000;
        var rate = Option(args, "--rate", 200);
        var seconds = Option(args, "--seconds", 10);
        var batch = Option(args, "--batch", 0);
        await using var teams = await FakeConnectorServer.StartAsync();
        teams.EnforceTeamsRateLimits = true;
        await using var scene = AttestationScene.Create(people, teams.ServiceUrl, batch > 0 ? batch : null);
        Console.WriteLine($"Machine: {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, load average {LoadAverage()}");
        Console.WriteLine($"Attestation:BatchSize {(batch > 0 ? batch.ToString(CultureInfo.InvariantCulture) : "default (appsettings)")}");
        Console.WriteLine($"People {people:N0}; floor = {people:N0} / {PerTenantPerSecond} per s = {Floor(people).TotalSeconds:F1} s (computed from the limit the fake enforces)");
        if (args.Contains("--kill"))
        {
            await CrashRun.RunAsync(scene, teams);
        }
        else
        {
            await FanOutRun.RunAsync(scene, teams, rate, TimeSpan.FromSeconds(seconds));
        }

        Console.WriteLine($"Load average at the end: {LoadAverage()}");
    }

    public static TimeSpan Floor(int people) => TimeSpan.FromSeconds((double)people / PerTenantPerSecond);

    /// <summary>Polls until <paramref name="condition"/> holds; the timeout is a hang guard, not a measurement.</summary>
    public static async Task WaitAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {timeout.TotalSeconds:F0} s: {what}");
            }

            // The fake timestamps every card, so polling only decides when to stop waiting: slow enough not to load the machine being measured.
            await Task.Delay(250);
        }
    }

    /// <summary>Waits until the outbox has nothing left and no progress update is scheduled, twice 1 s apart.</summary>
    public static async Task WaitUntilQuietAsync(AttestationScene scene, TimeSpan timeout)
    {
        for (var quiet = 0; quiet < 2; quiet++)
        {
            await WaitAsync(async () => await scene.UnfinishedAsync() == 0 && await scene.PendingTimersAsync("attest.progress") == 0
                && await scene.PendingTimersAsync("attest.fanout") == 0, timeout, "outbox and progress timers drained");
            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    public static string Row(params object[] cells) => "| " + string.Join(" | ", cells.Select(c => Convert.ToString(c, CultureInfo.InvariantCulture))) + " |";

    private static int Option(string[] args, string name, int fallback)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "n/a";
        }
    }
}
