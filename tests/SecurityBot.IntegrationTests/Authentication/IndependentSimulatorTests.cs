using SecurityBot.IntegrationTests.ExternalTools;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// Runs the independent Teams simulator (tools/teams-simulator, Node, written from the Bot Framework specs rather
/// than from our code or our C# fakes) against the built host: its own token issuer, connector and Teams client,
/// the host configured only through the documented settings, auth on. The simulator decides pass/fail itself; this
/// test keeps CI running it. What it checks: docs/teams-simulator.md.
/// </summary>
public sealed class IndependentSimulatorTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(150);

    [Fact]
    public async Task Simulator_WelcomeHelpAndEveryForgedToken_AllChecksPass()
    {
        await OpenSslCommand.EnsureAvailableAsync();
        var result = await ExternalProcess.RunAsync(
            "node",
            [RepositoryRoot.Combine("tools", "teams-simulator", "simulate.mjs"), "--host-dll", LocateHost(), "--startup-timeout", "90"],
            RepositoryRoot.Path,
            Timeout);

        result.ExitCode.Should().Be(0, "every check of the simulator passes; its transcript:\n{0}", result.Output);
        result.StandardOutput.Should().MatchRegex(@"\n\d+ passed, 0 failed", "the transcript ends with its summary");
    }

    private static string LocateHost()
    {
        // tests/SecurityBot.IntegrationTests/bin/<Configuration>/<tfm>/ → src/SecurityBot/bin/<Configuration>/<tfm>/SecurityBot.dll,
        // the host as built with its appsettings.json, policies and directory beside it (no rebuild by the simulator).
        var testBin = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var dll = RepositoryRoot.Combine("src", "SecurityBot", "bin", testBin.Parent!.Name, testBin.Name, "SecurityBot.dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build src/SecurityBot first.", dll);
    }
}
