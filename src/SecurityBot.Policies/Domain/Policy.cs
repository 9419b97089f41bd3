using System.Text.RegularExpressions;

namespace SecurityBot.Policies.Domain;

/// <summary>
/// A security policy document: metadata from its front matter plus its numbered sections. Immutable once built;
/// the constructor refuses documents that could not be cited reliably (no id, no sections, repeated section numbers).
/// </summary>
internal sealed partial class Policy
{
    private readonly Dictionary<string, PolicySection> _sectionsByNumber;

    public Policy(
        string id,
        string title,
        string version,
        string owner,
        DateOnly effective,
        DateOnly review,
        PolicyClassification classification,
        IEnumerable<string> tags,
        Uri? url,
        IEnumerable<PolicySection> sections)
    {
        Id = Required(id, "id").ToLowerInvariant();
        if (!IdPattern().IsMatch(Id))
        {
            throw new InvalidPolicyException($"id '{id}' must be 2-64 characters of a-z, 0-9 and '-'");
        }

        Title = Required(title, "title");
        Version = Required(version, "version");
        Owner = Required(owner, "owner");
        if (review < effective)
        {
            throw new InvalidPolicyException($"review date {review:yyyy-MM-dd} is before effective date {effective:yyyy-MM-dd}");
        }

        Effective = effective;
        Review = review;
        Classification = classification;
        if (url is not null && (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp)))
        {
            throw new InvalidPolicyException($"url '{url}' must be an absolute http(s) address");
        }

        Url = url;
        Tags = (tags ?? [])
            .Where(t => !string.IsNullOrWhiteSpace(t))
            .Select(t => t.Trim().ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        Sections = (sections ?? []).ToArray();
        if (Sections.Count == 0)
        {
            throw new InvalidPolicyException("the policy has no numbered sections (use headings like '## 1 Purpose')");
        }

        _sectionsByNumber = new Dictionary<string, PolicySection>(StringComparer.Ordinal);
        foreach (var section in Sections)
        {
            if (!_sectionsByNumber.TryAdd(section.Number, section))
            {
                throw new InvalidPolicyException($"section number {section.Number} appears more than once");
            }
        }
    }

    /// <summary>Stable, lower-case slug used in commands ("policy passwords") and card actions.</summary>
    public string Id { get; }

    public string Title { get; }

    public string Version { get; }

    public string Owner { get; }

    public DateOnly Effective { get; }

    public DateOnly Review { get; }

    public PolicyClassification Classification { get; }

    public IReadOnlyList<string> Tags { get; }

    /// <summary>Where the authoritative copy lives (intranet, SharePoint), when there is one.</summary>
    public Uri? Url { get; }

    /// <summary>
    /// The person who answers for the policy (UPN or Entra object id, front matter <c>contact</c>), when the policy names
    /// one: questions about it reach them. <see cref="Owner"/> is the owning role as written.
    /// </summary>
    public string? Contact { get; init; }

    /// <summary>Sections in document order.</summary>
    public IReadOnlyList<PolicySection> Sections { get; }

    public PolicySection? FindSection(string number) =>
        number is not null && _sectionsByNumber.TryGetValue(number.Trim().TrimEnd('.'), out var s) ? s : null;

    /// <summary>True when the review date has passed — answers still cite it, but admins should know.</summary>
    public bool IsOverdueForReview(DateOnly today) => today > Review;

    private static string Required(string value, string field) =>
        string.IsNullOrWhiteSpace(value) ? throw new InvalidPolicyException($"'{field}' is missing") : value.Trim();

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{1,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
