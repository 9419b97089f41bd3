using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// What ValidateDataAnnotations does not reach in <see cref="BotOptions"/>: the nested Bot:Connector section, the
/// shape of Bot:TrustedServiceUrls (https only; http only for loopback), and — outside Development — a non-empty
/// Bot:AllowedTenantIds (an empty list lets every Microsoft 365 tenant talk to the bot). Without a host environment
/// (a bare service collection, e.g. a tool using only the connector) the tenant rule is not applied.
/// </summary>
internal sealed class BotOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<BotOptions>
{
    public ValidateOptionsResult Validate(string? name, BotOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var results = new List<ValidationResult>();
        if (!Validator.TryValidateObject(options.Connector, new ValidationContext(options.Connector), results, validateAllProperties: true))
        {
            failures.AddRange(results.Select(r => $"Bot:Connector: {r.ErrorMessage}"));
        }

        for (var i = 0; i < options.TrustedServiceUrls.Count; i++)
        {
            if (!ServiceUrl.TryParse(options.TrustedServiceUrls[i], out _))
            {
                failures.Add($"Bot:TrustedServiceUrls:{i} ('{options.TrustedServiceUrls[i]}') must be an absolute https URL (http only for a loopback host) without credentials.");
            }
        }

        if (environment is not null && !environment.IsDevelopment() && !options.AllowedTenantIds.Any(t => !string.IsNullOrWhiteSpace(t)))
        {
            failures.Add($"Bot:AllowedTenantIds is empty, which lets users of any Microsoft 365 tenant use this bot; that is allowed only in the Development environment (current: {environment.EnvironmentName}). Set Bot:AllowedTenantIds to your tenant id(s).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
