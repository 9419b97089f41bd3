namespace SecurityBot.IntegrationTests.Authentication;

/// <summary>Tests that set process environment variables (read by MSAL's managed identity detection) run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
    public const string Name = "Process environment";
}
