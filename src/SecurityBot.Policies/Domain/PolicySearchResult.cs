namespace SecurityBot.Policies.Domain;

/// <summary>
/// What a search found. When <see cref="Hits"/> is empty, <see cref="Suggestions"/> holds close words or topics the
/// library does know ("did you mean").
/// </summary>
internal sealed record PolicySearchResult(
    string Query,
    IReadOnlyList<PolicySearchHit> Hits,
    IReadOnlyList<TermCorrection> Corrections,
    IReadOnlyList<string> Suggestions)
{
    public static PolicySearchResult Empty(string query, IReadOnlyList<string> suggestions) =>
        new(query, [], [], suggestions);

    public bool HasHits => Hits.Count > 0;
}
