using System.Reflection;
using SecurityBot.IntegrationTests.ExternalTools;

namespace SecurityBot.IntegrationTests.Deploy;

/// <summary>
/// The Bicep CLI from the Azure.Bicep.CommandLine.linux-x64 NuGet package (its path is baked into this assembly
/// at build time), so the templates are compiled and type-checked offline in every test run.
/// </summary>
internal static class BicepCompiler
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    public static Task<ProcessResult> RunAsync(
        IEnumerable<string> arguments, Action<IDictionary<string, string?>>? environment = null) =>
        ExternalProcess.RunAsync(ExecutablePath(), arguments, RepositoryRoot.Combine("deploy"), Timeout, env =>
        {
            // Bicep's own telemetry and version check would try the network, which CI does not have.
            env["BICEP_TELEMETRY_ENABLED"] = "false";
            environment?.Invoke(env);
        });

    private static string ExecutablePath()
    {
        var configured = typeof(BicepCompiler).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "BicepPath").Value;
        var path = Path.GetFullPath((configured ?? "").Replace('\\', '/'));
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("Bicep CLI missing: restore tests/SecurityBot.IntegrationTests.", path);
        }

        // NuGet does not keep the executable bit when it extracts a package.
        if (!OperatingSystem.IsWindows())
        {
            var mode = File.GetUnixFileMode(path);
            if (!mode.HasFlag(UnixFileMode.UserExecute))
            {
                File.SetUnixFileMode(path, mode | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
            }
        }

        return path;
    }
}
