using System.Text.Json;

namespace SecurityBot.IntegrationTests.Deploy;

/// <summary>
/// deploy/main.bicep and its modules compile with the real Bicep compiler against the Azure resource types
/// it ships (unknown API versions, misspelt properties and type mismatches are warnings, and any diagnostic fails),
/// and the app settings it writes are the configuration keys the host documents.
/// </summary>
public sealed class BicepTemplateTests(CompiledMainTemplate main) : IClassFixture<CompiledMainTemplate>
{
    [Fact]
    public void Build_MainTemplate_CompilesWithoutAnyDiagnostic()
    {
        var result = main.Result;

        result.ExitCode.Should().Be(0, result.ToString());
        result.StandardError.Trim().Should().BeEmpty("every Bicep warning is a likely deployment failure");
        JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("resources").GetArrayLength().Should().BeGreaterThan(0);
    }

    [Theory]
    [InlineData("MicrosoftAppType")]
    [InlineData("MicrosoftAppId")]
    [InlineData("MicrosoftAppTenantId")]
    [InlineData("MicrosoftAppPassword")]
    [InlineData("ToChannelFromBotLoginUrl")]
    [InlineData("Bot__AllowedTenantIds__")]
    [InlineData("Database__Provider")]
    [InlineData("ConnectionStrings__SecurityBot")]
    [InlineData("Directory__Provider")]
    [InlineData("Audit__Key")]
    [InlineData("Audit__KeyId")]
    [InlineData("Directory__Graph__TenantId")]
    public void Build_MainTemplate_SetsDocumentedConfigurationKey(string key)
    {
        var result = main.Result;

        result.ExitCode.Should().Be(0, result.ToString());
        result.StandardOutput.Should().Contain(key);
    }

    [Fact]
    public async Task BuildParams_ExampleParameters_SatisfyTheTemplate()
    {
        var result = await BicepCompiler.RunAsync(
            ["build-params", "main.example.bicepparam", "--stdout"],
            env =>
            {
                env["POSTGRES_ADMIN_PASSWORD"] = "example-password-0123456789";
                env["AUDIT_KEY"] = "ZXhhbXBsZS1hdWRpdC1rZXktMDEyMzQ1Njc4OS1hYmNkZWY=";
                env["ACR_NAME"] = "contosoacr";
                env["IMAGE_TAG"] = "1.2.3";
            });

        result.ExitCode.Should().Be(0, result.ToString());
        result.StandardError.Trim().Should().BeEmpty();
        var parameters = JsonDocument.Parse(
            JsonDocument.Parse(result.StandardOutput).RootElement.GetProperty("parametersJson").GetString()!);
        parameters.RootElement.GetProperty("parameters").GetProperty("containerImage").GetProperty("value").GetString()
            .Should().Be("contosoacr.azurecr.io/securitybot:1.2.3");
    }

    [Fact]
    public async Task BuildParams_PasswordShorterThanTheTemplateAllows_IsRefused()
    {
        var result = await BicepCompiler.RunAsync(
            ["build-params", "main.example.bicepparam", "--stdout"],
            env =>
            {
                env["POSTGRES_ADMIN_PASSWORD"] = "short";
                env["AUDIT_KEY"] = "ZXhhbXBsZS1hdWRpdC1rZXktMDEyMzQ1Njc4OS1hYmNkZWY=";
            });

        result.ExitCode.Should().NotBe(0, result.ToString());
        result.Output.Should().Contain("minimum allowable length is 16");
    }
}
