using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// Start-up checks of the Bot Framework settings. The one that matters most: an empty MicrosoftAppId turns inbound
/// authentication off, which is tolerated only in Development — anywhere else the host refuses to start.
/// </summary>
public sealed class BotFrameworkOptionsValidator(IHostEnvironment environment) : IValidateOptions<BotFrameworkOptions>
{
    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();

        if (!MicrosoftAppTypes.IsKnown(options.MicrosoftAppType))
        {
            failures.Add($"MicrosoftAppType must be {MicrosoftAppTypes.MultiTenant}, {MicrosoftAppTypes.SingleTenant} or {MicrosoftAppTypes.UserAssignedMsi}.");
        }

        if (!options.IsAuthenticationEnabled)
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"MicrosoftAppId is empty, which turns off authentication of inbound requests; that is allowed only in the Development environment (current: {environment.EnvironmentName}). Set MicrosoftAppId to the bot's app id.");
            }
        }
        else
        {
            ValidateCredentials(options, failures);
        }

        RequireHttpsUrl(options.BotOpenIdMetadata, "BotOpenIdMetadata", failures);
        RequireHttpsUrl(options.ToChannelFromBotLoginUrl, "ToChannelFromBotLoginUrl", failures);
        if (!Uri.TryCreate(options.ToChannelFromBotOAuthScope, UriKind.Absolute, out _))
        {
            failures.Add("ToChannelFromBotOAuthScope must be an absolute URI (e.g. https://api.botframework.com).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateCredentials(BotFrameworkOptions options, List<string> failures)
    {
        var type = options.MicrosoftAppType;
        var needsTenant = MicrosoftAppTypes.Is(type, MicrosoftAppTypes.SingleTenant) || MicrosoftAppTypes.Is(type, MicrosoftAppTypes.UserAssignedMsi);
        if (needsTenant && string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId))
        {
            failures.Add($"MicrosoftAppTenantId is required when MicrosoftAppType is {type}.");
        }

        if (MicrosoftAppTypes.Is(type, MicrosoftAppTypes.UserAssignedMsi))
        {
            // The managed identity is the credential; a secret here would be a leftover that is silently ignored.
            return;
        }

        var hasSecret = !string.IsNullOrEmpty(options.MicrosoftAppPassword);
        var hasCertificate = !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        if (!hasSecret && !hasCertificate)
        {
            failures.Add($"MicrosoftAppPassword or MicrosoftAppCertificatePath is required when MicrosoftAppId is set and MicrosoftAppType is {type}.");
        }
        else if (hasSecret && hasCertificate)
        {
            failures.Add("Set either MicrosoftAppPassword or MicrosoftAppCertificatePath, not both.");
        }
        else if (hasCertificate && !File.Exists(options.MicrosoftAppCertificatePath))
        {
            failures.Add("MicrosoftAppCertificatePath does not name an existing PFX file.");
        }
        else if (hasCertificate && CheckCertificate(options) is { } problem)
        {
            failures.Add(problem);
        }
    }

    /// <summary>Opens the PFX now, so a wrong password or a certificate without its key stops the start, not the first reply.</summary>
    private static string? CheckCertificate(BotFrameworkOptions options)
    {
        try
        {
            using var certificate = X509CertificateLoader.LoadPkcs12FromFile(options.MicrosoftAppCertificatePath!, options.MicrosoftAppCertificatePassword);
            return certificate.HasPrivateKey ? null : "The certificate in MicrosoftAppCertificatePath has no private key.";
        }
        catch (CryptographicException)
        {
            return "The PFX in MicrosoftAppCertificatePath could not be opened with MicrosoftAppCertificatePassword.";
        }
    }

    private static void RequireHttpsUrl(string? value, string key, List<string> failures)
    {
        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"{key} must be an absolute https URL.");
        }
    }
}
