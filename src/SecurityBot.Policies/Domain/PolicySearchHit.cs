namespace SecurityBot.Policies.Domain;

/// <summary>One ranked answer: the section, the policy it belongs to (for title and version) and the excerpt.</summary>
internal sealed record PolicySearchHit(Policy Policy, PolicySection Section, double Score, PolicyExcerpt Excerpt)
{
    /// <summary>Citation in the form people quote policies: "Passwords and MFA v2.1 §4.2".</summary>
    public string Citation => $"{Policy.Title} v{Policy.Version} §{Section.Number}";
}
