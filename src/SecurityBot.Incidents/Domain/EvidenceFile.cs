using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Security.Cryptography;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A sent file checked as evidence: a plain file name (no folders, no control characters), an allowed extension, a
/// size within the limit; its media type comes from the extension (never from the sender) and its SHA-256 from the bytes.
/// </summary>
internal sealed record EvidenceFile(string Name, string ContentType, byte[] Content, string Sha256)
{
    private static readonly Dictionary<string, string> MediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["png"] = "image/png",
        ["jpg"] = "image/jpeg",
        ["jpeg"] = "image/jpeg",
        ["gif"] = "image/gif",
        ["bmp"] = "image/bmp",
        ["pdf"] = "application/pdf",
        ["txt"] = "text/plain",
        ["log"] = "text/plain",
        ["csv"] = "text/csv",
        ["eml"] = "message/rfc822",
        ["msg"] = "application/vnd.ms-outlook",
        ["zip"] = "application/zip",
        ["docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ["xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ["pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    };

    public static bool TryCreate(string? name, byte[] content, EvidenceOptions options, [NotNullWhen(true)] out EvidenceFile? file, out string? problem)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(options);
        file = null;
        var trimmed = name?.Trim() ?? string.Empty;
        if (NameProblem(trimmed, options) is { } bad)
        {
            problem = bad;
            return false;
        }

        var extension = Path.GetExtension(trimmed).TrimStart('.');
        if (content.Length == 0 || content.Length > options.MaxBytes)
        {
            problem = content.Length == 0 ? "The file is empty." : $"The file is larger than {(options.MaxBytes / (1024 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture)} MB.";
            return false;
        }

        problem = null;
        var hash = Convert.ToHexString(SHA256.HashData(content)).ToLower(CultureInfo.InvariantCulture);
        file = new EvidenceFile(trimmed, MediaTypes.GetValueOrDefault(extension, "application/octet-stream"), content, hash);
        return true;
    }

    /// <summary>Why a file of this name can never be attached (checked before it is fetched); null when the name is fine.</summary>
    public static string? NameProblem(string? name, EvidenceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0 || trimmed.Length > IncidentEvidence.MaxFileNameLength || trimmed.IndexOfAny(['/', '\\', ':']) >= 0
            || trimmed.Any(char.IsControl) || trimmed.StartsWith('.'))
        {
            return $"The file needs a plain name of at most {IncidentEvidence.MaxFileNameLength} characters.";
        }

        var extension = Path.GetExtension(trimmed).TrimStart('.');
        return options.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase)
            ? null
            : $"Files of this type cannot be attached. Allowed: {string.Join(", ", options.Extensions)}.";
    }
}
