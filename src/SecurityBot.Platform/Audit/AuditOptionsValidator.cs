using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// Start-up checks of the audit key. Outside Development the host refuses to start without a real key: an audit log
/// signed with a key everyone can read (or with none) proves nothing to an auditor.
/// </summary>
internal sealed class AuditOptionsValidator(IHostEnvironment environment) : IValidateOptions<AuditOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Key))
        {
            if (!environment.IsDevelopment())
            {
                failures.Add($"Audit:Key is empty; outside Development (current: {environment.EnvironmentName}) the audit log must be signed with a secret key. " +
                    $"Set Audit:Key to a random base64 key of at least {AuditSigningKey.MinimumBytes} bytes from your secret store (e.g. a Key Vault secret as Audit__Key) and Audit:KeyId to its name.");
            }
        }
        else
        {
            CheckKey("Audit:Key", options.Key, failures);
            if (string.IsNullOrWhiteSpace(options.KeyId) || options.KeyId == AuditHasher.LegacyKeyId)
            {
                failures.Add($"Audit:KeyId must name the key in Audit:Key (e.g. \"2026-12\"; not \"{AuditHasher.LegacyKeyId}\"): it is stored with every entry so keys can rotate.");
            }

            if (!environment.IsDevelopment() && options.Key.Trim() == AuditKeys.DevelopmentKeyBase64)
            {
                failures.Add("Audit:Key is the development key published in the source code; outside Development use a secret key of your own.");
            }
        }

        foreach (var (id, key) in options.RetiredKeys)
        {
            if (id == AuditHasher.LegacyKeyId || id == options.KeyId || id.Length > AuditSigningKey.MaxIdLength)
            {
                failures.Add($"Audit:RetiredKeys has an invalid id (it must differ from Audit:KeyId and \"{AuditHasher.LegacyKeyId}\", at most {AuditSigningKey.MaxIdLength} characters).");
            }

            CheckKey($"Audit:RetiredKeys:{id}", key, failures);
            // A published key in the ring, under any id, would let anyone forge entries and checkpoints that verify.
            if (!environment.IsDevelopment() && (key.Trim() == AuditKeys.DevelopmentKeyBase64 || id == AuditKeys.DevelopmentKeyId))
            {
                failures.Add($"Audit:RetiredKeys:{id} is the development key published in the source code; outside Development no key ring may hold it.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    // The message names the setting, never its value.
    private static void CheckKey(string setting, string value, List<string> failures)
    {
        var buffer = new byte[value.Length];
        if (!Convert.TryFromBase64String(value.Trim(), buffer, out var length) || length < AuditSigningKey.MinimumBytes)
        {
            failures.Add($"{setting} must be base64 of at least {AuditSigningKey.MinimumBytes} random bytes (e.g. `openssl rand -base64 32`).");
        }
    }
}
