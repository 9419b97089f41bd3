namespace SecurityBot.Crisis.Domain;

/// <summary>
/// A stakeholder update as typed: "update &lt;status&gt; [impact: &lt;impact&gt;]". The status says where things stand,
/// the impact who or what is affected; both are user text (escaped wherever shown).
/// </summary>
internal sealed record StakeholderUpdateDraft(string Status, string? Impact)
{
    public const int MaxStatusLength = 2000;
    public const int MaxImpactLength = 1000;

    /// <summary>Parses the text after "update"; false with a reason when there is nothing to send or it is too long.</summary>
    public static bool TryParse(string text, out StakeholderUpdateDraft? draft, out string? error)
    {
        draft = null;
        var trimmed = (text ?? string.Empty).Trim();
        var at = trimmed.IndexOf("impact:", StringComparison.OrdinalIgnoreCase);
        var status = (at < 0 ? trimmed : trimmed[..at]).Trim();
        var impact = at < 0 ? null : trimmed[(at + "impact:".Length)..].Trim();
        error = status.Length == 0 ? "Say where things stand: update <status> [impact: <who or what is affected>]."
            : status.Length > MaxStatusLength ? $"The status is {status.Length} characters; at most {MaxStatusLength}."
            : impact?.Length > MaxImpactLength ? $"The impact is {impact.Length} characters; at most {MaxImpactLength}."
            : null;
        if (error is null)
        {
            draft = new StakeholderUpdateDraft(status, string.IsNullOrEmpty(impact) ? null : impact);
        }

        return error is null;
    }
}
