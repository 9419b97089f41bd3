using SecurityBot.IntegrationTests.ExternalTools;
using SecurityBot.IntegrationTests.Persistence;

namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>
/// Runs the independent Teams simulator (tools/teams-simulator, Node, written from the Bot Framework, connector,
/// Entra and Microsoft Graph specs rather than from our code or our C# fakes) against the built host: its own token
/// issuer, connector, Graph and Teams client, the host configured only through the documented settings, auth on.
/// Besides the protocol it tries issue 14's "Done when": forged card payloads, register commands in channels, and
/// kill -9 mid fan-out (which starts the host a second time). The simulator decides pass/fail itself; this test
/// keeps CI running it. What it checks: docs/teams-simulator.md.
/// </summary>
public sealed class IndependentSimulatorTests
{
    // Two host starts and a 43-recipient fan-out: about 60-100 s on a busy 2-core machine; this is only the cap.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(300);

    [Fact]
    public async Task Simulator_ProtocolForgeriesAndHardeningScenarios_AllChecksPass()
    {
        await OpenSslCommand.EnsureAvailableAsync();
        var result = await ExternalProcess.RunAsync(
            "node",
            [RepositoryRoot.Combine("tools", "teams-simulator", "simulate.mjs"), "--host-dll", BotProcess.HostDll(), "--startup-timeout", "90"],
            RepositoryRoot.Path,
            Timeout);

        result.ExitCode.Should().Be(0, "every check of the simulator passes; its transcript:\n{0}", result.Output);
        result.StandardOutput.Should().MatchRegex(@"\n\d+ passed, 0 failed", "the transcript ends with its summary");
    }
}
