using System.Diagnostics;

namespace SecurityBot.Testing.Persistence;

/// <summary>
/// The PostgreSQL the tests run against: SECURITYBOT_TEST_POSTGRES (a connection string; .ci/run sets it), or else
/// the local cluster started by .ci/postgres.sh (installs/starts PostgreSQL, needs root). Never skipped silently:
/// without a server the PostgreSQL tests fail and say why.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "SECURITYBOT_TEST_POSTGRES";

    private static readonly Lazy<string> Connection = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ConnectionString => Connection.Value;

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }

        var script = FindScript();
        using var process = Process.Start(new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{script} did not finish in 5 minutes.");
        }

        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: set {EnvironmentVariable} or run {script} as root. Script said: {stderr.Result}");
        }

        return lines[^1];
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".ci", "postgres.sh");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"Set {EnvironmentVariable}: .ci/postgres.sh was not found above {AppContext.BaseDirectory}.");
    }
}
