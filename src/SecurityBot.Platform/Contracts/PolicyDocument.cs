namespace SecurityBot.Platform.Contracts;

/// <summary>One policy as written now: its front matter and its numbered sections in document order.</summary>
/// <param name="Id">Stable lower-case id ("acceptable-use").</param>
/// <param name="Title">Title shown on cards.</param>
/// <param name="Version">The version the front matter declares ("3.0"): what a person attests to.</param>
/// <param name="Owner">The owning role as written ("Chief Security Officer").</param>
/// <param name="Url">Where the authoritative copy lives, when the policy says.</param>
/// <param name="Sections">Numbered sections ("1", "2.1", …) in document order.</param>
public sealed record PolicyDocument(string Id, string Title, string Version, string Owner, Uri? Url, IReadOnlyList<PolicyDocumentSection> Sections)
{
    /// <summary>The person who answers for the policy (UPN or Entra object id), when the policy names one.</summary>
    public string? Contact { get; init; }
}
