using System.Text.Json;

namespace SecurityBot.Attestation.Domain;

/// <summary>
/// The policy exactly as a campaign asked people to accept it: kept with the campaign, so the evidence says what
/// was accepted even after the folder changes, and a new version can be compared with it section by section.
/// </summary>
internal sealed record PolicySnapshot(string Id, string Title, string Version, string Owner, string? Url, IReadOnlyList<PolicyDocumentSection> Sections, string? Contact = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static PolicySnapshot Of(PolicyDocument policy)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return new PolicySnapshot(policy.Id, policy.Title, policy.Version, policy.Owner, policy.Url?.AbsoluteUri, policy.Sections, policy.Contact);
    }

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static PolicySnapshot FromJson(string json) =>
        JsonSerializer.Deserialize<PolicySnapshot>(json, Json) ?? throw new InvalidOperationException("The campaign's policy snapshot is empty.");

    /// <summary>What the policy is for: the first section's text, cut at a sentence near <paramref name="maxLength"/>.</summary>
    public string Purpose(int maxLength = 400) => Sections.Count == 0 ? string.Empty : PolicyText.FirstSentences(Sections[0].Text, maxLength);

    /// <summary>
    /// The rules a card lists: the sub-sections ("2.1", "2.2", …) when the policy has them, else the top sections
    /// after the purpose; each with its first sentence.
    /// </summary>
    public IReadOnlyList<KeyRule> KeyRules(int max)
    {
        var rules = Sections.Where(s => s.Number.Contains('.', StringComparison.Ordinal)).ToList();
        if (rules.Count == 0)
        {
            rules = [.. Sections.Skip(1)];
        }

        return [.. rules.Take(max).Select(s => new KeyRule(s.Number, s.Heading, PolicyText.FirstSentences(s.Text, 160)))];
    }

    /// <summary>The sections that differ from <paramref name="older"/>, in this version's order, removed ones last.</summary>
    public IReadOnlyList<SectionChange> ChangesSince(PolicySnapshot older)
    {
        ArgumentNullException.ThrowIfNull(older);
        var before = older.Sections.ToDictionary(s => s.Number, StringComparer.Ordinal);
        var now = Sections.Select(s => s.Number).ToHashSet(StringComparer.Ordinal);
        var changes = new List<SectionChange>();
        foreach (var section in Sections)
        {
            if (!before.TryGetValue(section.Number, out var old))
            {
                changes.Add(new SectionChange(section.Number, section.Heading, SectionChangeKind.Added));
            }
            else if (!PolicyText.SameWords(old.Heading, section.Heading) || !PolicyText.SameWords(old.Text, section.Text))
            {
                changes.Add(new SectionChange(section.Number, section.Heading, SectionChangeKind.Changed));
            }
        }

        changes.AddRange(older.Sections.Where(s => !now.Contains(s.Number)).Select(s => new SectionChange(s.Number, s.Heading, SectionChangeKind.Removed)));
        return changes;
    }
}
