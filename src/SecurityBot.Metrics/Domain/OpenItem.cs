namespace SecurityBot.Metrics.Domain;

/// <summary>Something that needs a decision, as the digest lists it: its reference, what it is, and why now.</summary>
/// <param name="Reference">"INC-000042", "RA-000007" or a policy id: what the action opens.</param>
/// <param name="Title">What it is (user text for risks: escape it where shown).</param>
/// <param name="Why">"SLA passed 2 h ago", "expires 2026-12-20", "review was due 2026-11-01".</param>
/// <param name="Due">The instant that makes it urgent (for ordering).</param>
internal sealed record OpenItem(string Reference, string Title, string Why, DateTimeOffset Due);
