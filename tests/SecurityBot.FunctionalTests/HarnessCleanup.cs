namespace SecurityBot.FunctionalTests;

/// <summary>Cleaning up after a host that failed to start: each step runs, and what it throws is kept, not thrown.</summary>
internal static class HarnessCleanup
{
    public static async Task RunAsync(List<Exception> errors, Func<ValueTask>? dispose)
    {
        if (dispose is null)
        {
            return;
        }

        try
        {
            await dispose();
        }
        catch (Exception ex)
        {
            errors.Add(ex);
        }
    }
}
