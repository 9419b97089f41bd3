using SecurityBot.IntegrationTests.ExternalTools;

namespace SecurityBot.IntegrationTests.Manifest;

/// <summary>
/// manifest/build.mjs and manifest/validate.mjs as an admin runs them: installs the pinned npm packages once
/// (npm ci, only when node_modules is missing or older than package-lock.json), builds one package with
/// test values, and gives each test a scratch directory for the broken variants it makes.
/// </summary>
public sealed class AppPackageToolchain : IAsyncLifetime
{
    private static readonly TimeSpan NodeTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan NpmTimeout = TimeSpan.FromMinutes(5);

    /// <summary>Every placeholder manifest.json uses, with values an admin could really supply.</summary>
    public static IReadOnlyDictionary<string, string> TestValues { get; } = new Dictionary<string, string>
    {
        ["TEAMS_APP_ID"] = "6f1a2b3c-4d5e-4f60-8a9b-0c1d2e3f4a5b",
        ["MICROSOFT_APP_ID"] = "11111111-2222-4333-8444-555555555555",
        ["BOT_DOMAIN"] = "securitybot.example.com",
        ["APP_VERSION"] = "1.0.0",
        ["DEVELOPER_NAME"] = "Example Security",
        ["DEVELOPER_WEBSITE_URL"] = "https://example.com/security",
        ["DEVELOPER_PRIVACY_URL"] = "https://example.com/security/privacy",
        ["DEVELOPER_TERMS_URL"] = "https://example.com/security/terms",
    };

    public static string ManifestDirectory => RepositoryRoot.Combine("manifest");

    public string ScratchDirectory { get; } = System.IO.Directory.CreateTempSubdirectory("securitybot-manifest-").FullName;

    /// <summary>The package built from TestValues in InitializeAsync.</summary>
    public string BuiltPackage => Path.Combine(ScratchDirectory, "securitybot-teams-app.zip");

    public ProcessResult BuildResult { get; private set; } = new(-1, "", "not built");

    public async Task InitializeAsync()
    {
        await EnsureNodeModulesAsync();
        BuildResult = await BuildAsync(TestValues, BuiltPackage);
    }

    public Task DisposeAsync()
    {
        System.IO.Directory.Delete(ScratchDirectory, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs build.mjs with exactly these placeholder values: inherited variables of the same names are removed
    /// and an empty env file is passed, so a developer's manifest/.env cannot fill what a test leaves out.
    /// </summary>
    public async Task<ProcessResult> BuildAsync(IReadOnlyDictionary<string, string> values, string outPath)
    {
        var emptyEnvFile = Path.Combine(ScratchDirectory, "empty.env");
        await File.WriteAllTextAsync(emptyEnvFile, "");
        return await ExternalProcess.RunAsync(
            "node",
            ["build.mjs", "--env-file", emptyEnvFile, "--out", outPath],
            ManifestDirectory,
            NodeTimeout,
            env =>
            {
                foreach (var name in TestValues.Keys)
                {
                    env.Remove(name);
                }

                foreach (var (name, value) in values)
                {
                    env[name] = value;
                }
            });
    }

    public Task<ProcessResult> ValidateAsync(string packagePath) =>
        ExternalProcess.RunAsync("node", ["validate.mjs", packagePath], ManifestDirectory, NodeTimeout);

    public string ScratchFile(string name) => Path.Combine(ScratchDirectory, $"{Guid.NewGuid():N}-{name}");

    private static async Task EnsureNodeModulesAsync()
    {
        var installed = Path.Combine(ManifestDirectory, "node_modules", ".package-lock.json");
        var lockFile = Path.Combine(ManifestDirectory, "package-lock.json");
        if (File.Exists(installed) && File.GetLastWriteTimeUtc(installed) >= File.GetLastWriteTimeUtc(lockFile))
        {
            return;
        }

        var npmCi = await ExternalProcess.RunAsync(
            "npm", ["ci", "--no-audit", "--no-fund"], ManifestDirectory, NpmTimeout);
        if (npmCi.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci in manifest/ failed: {npmCi}");
        }
    }
}
