namespace SecurityBot.Policies.Domain;

/// <summary>Outcome of the latest (re)load of the policy folder; shown to admins so broken files do not go unnoticed.</summary>
internal sealed record PolicyLoadReport(
    string Folder,
    DateTimeOffset LoadedAt,
    int PolicyCount,
    int SectionCount,
    IReadOnlyList<PolicyLoadError> Errors)
{
    public bool HasErrors => Errors.Count > 0;

    public static PolicyLoadReport NotLoaded(string folder) => new(folder, DateTimeOffset.MinValue, 0, 0, []);
}
