using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using SecurityBot.Platform.Audit;

namespace SecurityBot.IntegrationTests.Audit;

/// <summary>
/// What an attacker with database access can compute without the key: the documented, unkeyed SHA-256 of an entry's
/// canonical text and the previous hash (the whole of the chain's protection before it was keyed).
/// </summary>
internal static class PublicAuditHash
{
    public static string Compute(AuditEntry entry, string previousHash) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
            AuditHasher.Canonical(entry) + string.Create(CultureInfo.InvariantCulture, $"prev:{previousHash.Length}:{previousHash}\n"))));
}
