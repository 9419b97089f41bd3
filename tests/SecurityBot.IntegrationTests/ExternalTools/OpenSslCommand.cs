using System.ComponentModel;

namespace SecurityBot.IntegrationTests.ExternalTools;

/// <summary>
/// The simulator makes its throwaway certificates with the openssl command. Debian and Ubuntu images normally carry
/// it (ca-certificates depends on it); where it is missing, the test installs it the way the PostgreSQL suites
/// install their server, so README's test command needs nothing set up by hand.
/// </summary>
public static class OpenSslCommand
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task EnsureAvailableAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (await IsAvailableAsync())
            {
                return;
            }

            await ExternalProcess.RunAsync("apt-get", ["update", "-qq"], Path.GetTempPath(), TimeSpan.FromMinutes(5));
            var install = await ExternalProcess.RunAsync("apt-get", ["install", "-y", "-qq", "openssl"], Path.GetTempPath(), TimeSpan.FromMinutes(5));
            if (!await IsAvailableAsync())
            {
                throw new InvalidOperationException($"The openssl command is missing and could not be installed with apt-get:\n{install}");
            }
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<bool> IsAvailableAsync()
    {
        try
        {
            return (await ExternalProcess.RunAsync("openssl", ["version"], Path.GetTempPath(), TimeSpan.FromSeconds(30))).ExitCode == 0;
        }
        catch (Win32Exception)
        {
            // Not on PATH.
            return false;
        }
    }
}
