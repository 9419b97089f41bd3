using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SecurityBot.BotFramework;

namespace SecurityBot.UnitTests.Authentication;

/// <summary>Start-up validation of the Bot Framework settings, through the real registration and host start.</summary>
public sealed class BotFrameworkOptionsValidationTests
{
    private const string AppId = "9f3c1e52-7a4b-4c1d-9a2e-5b6c7d8e9f01";

    [Fact]
    public async Task StartAsync_NoAppIdInProduction_RefusesNamingMicrosoftAppId()
    {
        var act = () => StartAsync("Production", new() { ["MicrosoftAppId"] = "" });

        (await act.Should().ThrowAsync<OptionsValidationException>())
            .Which.Message.Should().Contain("MicrosoftAppId").And.Contain("Development");
    }

    [Theory]
    [InlineData("Staging")]
    [InlineData("Test")]
    public async Task StartAsync_NoAppIdOutsideDevelopment_Refuses(string environment)
    {
        var act = () => StartAsync(environment, new() { ["MicrosoftAppId"] = "  " });

        await act.Should().ThrowAsync<OptionsValidationException>();
    }

    [Fact]
    public async Task StartAsync_NoAppIdInDevelopment_StartsWithAuthenticationOff()
    {
        using var host = await StartAsync("Development", new() { ["MicrosoftAppId"] = "" });

        host.Services.GetRequiredService<IOptions<BotFramework.Authentication.BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeFalse();
    }

    [Fact]
    public async Task StartAsync_MultiTenantWithSecret_Starts()
    {
        using var host = await StartAsync("Production", new() { ["MicrosoftAppPassword"] = "secret" });

        host.Services.GetRequiredService<IOptions<BotFramework.Authentication.BotFrameworkOptions>>().Value.IsAuthenticationEnabled.Should().BeTrue();
    }

    [Fact]
    public async Task StartAsync_UserAssignedMsiWithTenant_StartsWithoutSecret()
    {
        using var host = await StartAsync("Production", new() { ["MicrosoftAppType"] = "UserAssignedMSI", ["MicrosoftAppTenantId"] = "tenant" });

        host.Should().NotBeNull();
    }

    [Theory]
    [InlineData("MicrosoftAppType", "Federated", "MicrosoftAppType")]
    [InlineData("MicrosoftAppPassword", "", "MicrosoftAppPassword or MicrosoftAppCertificatePath")]
    [InlineData("MicrosoftAppCertificatePath", "/no/such/bot.pfx", "not both")]
    [InlineData("BotOpenIdMetadata", "http://login.botframework.com/v1/.well-known/openidconfiguration", "BotOpenIdMetadata must be an absolute https URL")]
    [InlineData("BotOpenIdMetadata", "/v1/.well-known/openidconfiguration", "BotOpenIdMetadata")]
    [InlineData("ToChannelFromBotLoginUrl", "http://login.microsoftonline.com/botframework.com", "ToChannelFromBotLoginUrl")]
    [InlineData("ToChannelFromBotOAuthScope", "api.botframework.com", "ToChannelFromBotOAuthScope")]
    public async Task StartAsync_InvalidSetting_RefusesNamingTheKey(string key, string value, string expected)
    {
        var act = () => StartAsync("Production", new() { ["MicrosoftAppPassword"] = "secret", [key] = value });

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain(expected);
    }

    [Theory]
    [InlineData("SingleTenant")]
    [InlineData("UserAssignedMSI")]
    public async Task StartAsync_TenantTypeWithoutTenantId_Refuses(string appType)
    {
        var act = () => StartAsync("Production", new() { ["MicrosoftAppType"] = appType, ["MicrosoftAppPassword"] = "secret" });

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("MicrosoftAppTenantId");
    }

    [Fact]
    public async Task StartAsync_CertificateFileMissing_Refuses()
    {
        var act = () => StartAsync("Production", new() { ["MicrosoftAppCertificatePath"] = "/no/such/bot.pfx" });

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("MicrosoftAppCertificatePath");
    }

    [Fact]
    public async Task StartAsync_CertificateWithWrongPassword_RefusesAtStart()
    {
        var path = Path.Combine(Path.GetTempPath(), $"securitybot-{Guid.NewGuid():N}.pfx");
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=bot", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
            await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, "right"));
        }

        try
        {
            var wrong = () => StartAsync("Production", new() { ["MicrosoftAppCertificatePath"] = path, ["MicrosoftAppCertificatePassword"] = "wrong" });
            (await wrong.Should().ThrowAsync<OptionsValidationException>()).Which.Message.Should().Contain("MicrosoftAppCertificatePassword");

            using var host = await StartAsync("Production", new() { ["MicrosoftAppCertificatePath"] = path, ["MicrosoftAppCertificatePassword"] = "right" });
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static async Task<IHost> StartAsync(string environment, Dictionary<string, string?> overrides)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = environment });
        var settings = new Dictionary<string, string?> { ["MicrosoftAppId"] = AppId };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddBotAuthentication();
        var host = builder.Build();
        try
        {
            await host.StartAsync();
            await host.StopAsync();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }
}
