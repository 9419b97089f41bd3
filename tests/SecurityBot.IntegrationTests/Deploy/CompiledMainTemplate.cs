using SecurityBot.IntegrationTests.ExternalTools;

namespace SecurityBot.IntegrationTests.Deploy;

/// <summary>deploy/main.bicep compiled once per test class: a compile takes seconds, the assertions none.</summary>
public sealed class CompiledMainTemplate : IAsyncLifetime
{
    public ProcessResult Result { get; private set; } = new(-1, "", "not compiled");

    public async Task InitializeAsync() => Result = await BicepCompiler.RunAsync(["build", "main.bicep", "--stdout"]);

    public Task DisposeAsync() => Task.CompletedTask;
}
