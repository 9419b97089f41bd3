using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace SecurityBot.BotFramework.Connector;

/// <summary>
/// What ValidateDataAnnotations does not reach in <see cref="BotOptions"/>: the nested Bot:Connector section and the
/// shape of Bot:TrustedServiceUrls (https only; http only for loopback).
/// </summary>
internal sealed class BotOptionsValidator : IValidateOptions<BotOptions>
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
            if (!ServiceUrlTrust.TryNormalize(options.TrustedServiceUrls[i], out _))
            {
                failures.Add($"Bot:TrustedServiceUrls:{i} ('{options.TrustedServiceUrls[i]}') must be an absolute https URL (http only for a loopback host) without credentials.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
