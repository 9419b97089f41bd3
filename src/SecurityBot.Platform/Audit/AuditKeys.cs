using Microsoft.Extensions.Hosting;

namespace SecurityBot.Platform.Audit;

/// <summary>Builds the audit key ring from <see cref="AuditOptions"/> (validated at start by <see cref="AuditOptionsValidator"/>).</summary>
internal static class AuditKeys
{
    public const string DevelopmentKeyId = "development";

    // Published in the source on purpose: it makes `dotnet run` work and protects nothing. Refused outside Development.
    internal const string DevelopmentKeyBase64 = "U2VjdXJpdHlCb3QgZGV2ZWxvcG1lbnQgYXVkaXQga2V5LCBub3QgYSBzZWNyZXQh";

    public static AuditKeyRing Create(AuditOptions options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var current = string.IsNullOrWhiteSpace(options.Key) && environment.IsDevelopment()
            ? new AuditSigningKey(DevelopmentKeyId, Convert.FromBase64String(DevelopmentKeyBase64))
            : new AuditSigningKey(options.KeyId!, Convert.FromBase64String(options.Key!));
        var retired = options.RetiredKeys.Select(r => new AuditSigningKey(r.Key, Convert.FromBase64String(r.Value))).ToList();
        if (environment.IsDevelopment() && current.Id != DevelopmentKeyId && !options.RetiredKeys.ContainsKey(DevelopmentKeyId))
        {
            // A developer who sets a key keeps verifying what the development key signed before.
            retired.Add(new AuditSigningKey(DevelopmentKeyId, Convert.FromBase64String(DevelopmentKeyBase64)));
        }

        return new AuditKeyRing(current, retired);
    }
}
