namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>Waits for background work (dispatcher, scheduler) to reach a state; the timeout is a hang guard, not a speed check.</summary>
internal static class Eventually
{
    public static Task HoldsAsync(Func<Task<bool>> condition, string what, int timeoutSeconds = 90) =>
        HoldsAsync(condition, () => what, timeoutSeconds);

    /// <summary>As above; <paramref name="what"/> is read at the timeout, so it can show output gathered meanwhile.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, Func<string> what, int timeoutSeconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Still not true after {timeoutSeconds} s: {what()}");
            }

            await Task.Delay(100);
        }
    }
}
