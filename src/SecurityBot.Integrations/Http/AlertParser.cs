using System.Globalization;
using System.Text.Json;

namespace SecurityBot.Integrations.Http;

/// <summary>
/// Reads the documented alert body field by field, so every bad field gets its own error (a type mismatch included)
/// and nothing the sender wrote reaches an error message. Unknown fields are ignored.
/// </summary>
internal static class AlertParser
{
    public const int MaxExternalIdLength = 200;
    public const int MaxTitleLength = 200;
    public const int MaxDescriptionLength = 8_000;
    public const int MaxCategoryLength = 50;
    public const int MaxIndicators = 100;
    public const int MaxIndicatorLength = 500;
    public const int MaxLinkLength = 2_000;

    public static (IncidentAlert? Alert, IReadOnlyList<FieldError> Errors) Parse(ReadOnlySpan<byte> body, string sourceName, AlertSourceOptions source)
    {
        ArgumentNullException.ThrowIfNull(source);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 8 });
        }
        catch (JsonException)
        {
            return (null, [new FieldError("body", "The body is not valid JSON.")]);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return (null, [new FieldError("body", "The body must be a JSON object.")]);
            }

            var errors = new List<FieldError>();
            var externalId = Text(root, "externalId", MaxExternalIdLength, required: true, errors);
            var title = Text(root, "title", MaxTitleLength, required: true, errors);
            var description = Text(root, "description", MaxDescriptionLength, required: false, errors);
            var category = Text(root, "category", MaxCategoryLength, required: false, errors);
            var severityWord = Text(root, "severity", 50, required: true, errors);
            IncidentSeverity? severity = null;
            if (severityWord is not null && (severity = source.MapSeverity(severityWord)) is null)
            {
                errors.Add(new FieldError("severity", "Unknown severity: use informational, low, medium, high or critical (or a word the source's SeverityMap names)."));
            }

            var indicators = Indicators(root, errors);
            var detectedAt = DetectedAt(root, errors);
            var link = Link(root, errors);
            if (errors.Count > 0)
            {
                return (null, errors);
            }

            return (new IncidentAlert(sourceName, externalId!, title!, description, severity!.Value, category, indicators, detectedAt, link), []);
        }
    }

    private static string? Text(JsonElement root, string name, int maxLength, bool required, List<FieldError> errors)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                errors.Add(new FieldError(name, $"{name} is required."));
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(new FieldError(name, $"{name} must be a string."));
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new FieldError(name, $"{name} must not be empty."));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            errors.Add(new FieldError(name, string.Create(CultureInfo.InvariantCulture, $"{name} must be at most {maxLength} characters.")));
            return null;
        }

        return text;
    }

    private static List<string> Indicators(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty("indicators", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() > MaxIndicators
            || value.EnumerateArray().Any(i => i.ValueKind != JsonValueKind.String || i.GetString()!.Length is 0 or > MaxIndicatorLength))
        {
            errors.Add(new FieldError("indicators", string.Create(CultureInfo.InvariantCulture,
                $"indicators must be an array of at most {MaxIndicators} non-empty strings of at most {MaxIndicatorLength} characters.")));
            return [];
        }

        return [.. value.EnumerateArray().Select(i => i.GetString()!.Trim()).Where(i => i.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    private static DateTimeOffset? DetectedAt(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty("detectedAt", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.TryGetDateTimeOffset(out var at))
        {
            return at;
        }

        errors.Add(new FieldError("detectedAt", "detectedAt must be an ISO 8601 date and time with an offset, e.g. 2026-12-06T09:30:00Z."));
        return null;
    }

    private static Uri? Link(JsonElement root, List<FieldError> errors)
    {
        if (!root.TryGetProperty("link", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 and <= MaxLinkLength } text
            && Uri.TryCreate(text, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps)
        {
            return link;
        }

        errors.Add(new FieldError("link", "link must be an absolute https URL."));
        return null;
    }
}
