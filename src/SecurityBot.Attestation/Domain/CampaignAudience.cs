namespace SecurityBot.Attestation.Domain;

/// <summary>
/// A campaign's audience as the starter chose it: the kind, the group id or department name (null for everyone), and
/// the label people read ("Group Finance", "Department Sales", "Everyone").
/// </summary>
internal sealed record CampaignAudience(AudienceKind Kind, string? Value, string Label)
{
    public const int MaxValueLength = 200;

    /// <summary>The audience from the form's fields; null (with the reason) when the kind needs a value it lacks.</summary>
    public static CampaignAudience? From(AudienceKind kind, string? value, string? groupName, out string? error)
    {
        var trimmed = value?.Trim();
        error = null;
        if (kind == AudienceKind.Everyone)
        {
            return new CampaignAudience(kind, null, "Everyone");
        }

        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > MaxValueLength)
        {
            error = kind == AudienceKind.Group ? "Give the Entra group's object id." : "Give the department's name as the directory spells it.";
            return null;
        }

        return kind == AudienceKind.Group
            ? new CampaignAudience(kind, trimmed, $"Group {groupName ?? trimmed}")
            : new CampaignAudience(kind, trimmed, $"Department {trimmed}");
    }
}
