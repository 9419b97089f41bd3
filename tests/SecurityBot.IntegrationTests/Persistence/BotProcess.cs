using System.Diagnostics;
using System.Text;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>The real SecurityBot host (SecurityBot.dll) as a child process, configured through environment variables.</summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process) => _process = process;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>The process id: lease owners start with "machine:pid:".</summary>
    public int Id => _process.Id;

    public static BotProcess Start(IDictionary<string, string> environment)
    {
        var dll = HostDll();
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the SecurityBot host.");
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, e) => bot.Append(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>
    /// Waits until the host reports "Application started" (hosted services running) and returns a stopwatch started
    /// then: recovery is measured from there, not from a process start-up a loaded machine may stretch.
    /// </summary>
    public async Task<Stopwatch> WaitUntilStartedAsync()
    {
        await Eventually.HoldsAsync(() => Task.FromResult(Output.Contains("Application started", StringComparison.Ordinal) || HasExited),
            () => $"the host should start; output:\n{Output}", timeoutSeconds: 180);
        return HasExited ? throw new InvalidOperationException($"The host exited at start:\n{Output}") : Stopwatch.StartNew();
    }

    /// <summary>SIGKILL: no shutdown hooks, no lease release, no flush — a crash.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            Kill();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    /// <summary>The host as built beside these tests, with its appsettings.json, policies and directory (no rebuild).</summary>
    internal static string HostDll()
    {
        // tests/SecurityBot.IntegrationTests/bin/<Configuration>/<tfm>/ → src/SecurityBot/bin/<Configuration>/<tfm>/SecurityBot.dll
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var tfm = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var repo = testBin.Parent.Parent!.Parent!.Parent!.Parent!.FullName;
        var dll = Path.Combine(repo, "src", "SecurityBot", "bin", configuration, tfm, "SecurityBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/SecurityBot first.", dll);
    }
}
