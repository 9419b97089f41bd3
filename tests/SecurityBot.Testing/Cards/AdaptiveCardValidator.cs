using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace SecurityBot.Testing.Cards;

/// <summary>
/// Validates cards with the official adaptivecards JavaScript library (tests/card-validator, run by Node), the same
/// parser Teams' web client builds on, targeting schema 1.5. Installs the npm package on first use; all cards of a
/// call are checked by one node process.
/// </summary>
public static class AdaptiveCardValidator
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly TimeSpan InstallLockWait = TimeSpan.FromMinutes(5);
    private static readonly JsonSerializerOptions ResultOptions = new(JsonSerializerDefaults.Web);

    /// <summary>tests/card-validator in this checkout.</summary>
    public static string ValidatorDirectory => Path.Combine(RepositoryRoot.Find(), "tests", "card-validator");

    /// <summary>Validates one card (JSON text).</summary>
    public static async Task<CardValidationResult> ValidateAsync(string cardJson, CancellationToken cancellationToken = default) =>
        (await ValidateAsync([("card", cardJson)], cancellationToken)).Single();

    /// <summary>Validates named cards (JSON text) in one node process; results come back in input order.</summary>
    public static async Task<IReadOnlyList<CardValidationResult>> ValidateAsync(
        IEnumerable<(string Name, string Json)> cards, CancellationToken cancellationToken = default)
    {
        var input = BuildInput(cards);
        var directory = ValidatorDirectory;
        await EnsureInstalledAsync(directory, cancellationToken);
        var (exitCode, stdout, stderr) = await RunAsync("node", ["validate.js", "-"], directory, input, cancellationToken);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"card validator exited with {exitCode}: {stderr}");
        }

        return JsonSerializer.Deserialize<List<CardValidationResult>>(stdout, ResultOptions)
            ?? throw new InvalidOperationException("card validator printed nothing.");
    }

    private static string BuildInput(IEnumerable<(string Name, string Json)> cards)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var (name, json) in cards)
            {
                writer.WriteStartObject();
                writer.WriteString("name", name);
                writer.WritePropertyName("card");
                writer.WriteRawValue(json); // throws on malformed JSON, which is a test bug worth seeing
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    // Test assemblies run in parallel (and in separate processes), so the install is serialised twice: a semaphore
    // inside this process and an exclusive lock file across processes.
    private static async Task EnsureInstalledAsync(string directory, CancellationToken cancellationToken)
    {
        if (IsInstalled(directory))
        {
            return;
        }

        await InstallGate.WaitAsync(cancellationToken);
        try
        {
            await using var fileLock = await AcquireFileLockAsync(Path.Combine(directory, ".install.lock"), cancellationToken);
            if (IsInstalled(directory))
            {
                return;
            }

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var (exitCode, stdout, stderr) = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], directory, null, cancellationToken);
            if (exitCode != 0 || !IsInstalled(directory))
            {
                throw new InvalidOperationException($"npm ci in {directory} failed ({exitCode}):\n{stdout}\n{stderr}");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static bool IsInstalled(string directory) =>
        File.Exists(Path.Combine(directory, "node_modules", "adaptivecards", "dist", "adaptivecards.js"))
        && File.Exists(Path.Combine(directory, "node_modules", ".package-lock.json")); // npm writes it last

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
            }
            catch (IOException) when (deadline.Elapsed < InstallLockWait)
            {
                await Task.Delay(200, cancellationToken);
            }
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(
        string fileName, IReadOnlyList<string> arguments, string workingDirectory, string? stdin, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = stdin is null ? null : new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        try
        {
            // Read both pipes while writing stdin, or a full pipe deadlocks the child.
            var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin.AsMemory(), cancellationToken);
                process.StandardInput.Close();
            }

            await process.WaitForExitAsync(cancellationToken);
            return (process.ExitCode, await stdout, await stderr);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
    }
}
