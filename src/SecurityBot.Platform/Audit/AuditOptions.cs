using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Audit;

/// <summary>
/// The "Audit" configuration section. The key is a secret: supply it from a secret store (Azure Key Vault reference,
/// environment variable <c>Audit__Key</c> set from the vault), never in appsettings.json.
/// </summary>
public sealed class AuditOptions
{
    public const string SectionName = "Audit";

    /// <summary>Audit:KeyId — name of the current key, stored with every entry and checkpoint it signs (e.g. "2026-12").</summary>
    [MaxLength(64)]
    public string? KeyId { get; set; }

    /// <summary>
    /// Audit:Key — the current HMAC-SHA256 key, base64, at least 32 bytes. Required outside Development; Development
    /// without it signs with a published development key (<see cref="AuditKeys.DevelopmentKeyId"/>).
    /// </summary>
    public string? Key { get; set; }

    /// <summary>Audit:RetiredKeys — earlier keys by id (id → base64), kept so entries they signed still verify after a rotation.</summary>
    public Dictionary<string, string> RetiredKeys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Audit:CheckpointInterval — how often the chain's tail is signed into a checkpoint (also at start and at shutdown); default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Audit:VerifyBatchSize — entries read per query while verifying; memory stays bounded by it whatever the log's length.</summary>
    [Range(1, 100_000)]
    public int VerifyBatchSize { get; set; } = 1_000;
}
