namespace SecurityBot.Attestation.Application;

/// <summary>
/// Where a campaign stands: accepted of asked (people who dropped out are not asked any more), by department, and the
/// first of the overdue by name.
/// </summary>
internal sealed record ProgressFigures(
    int Asked,
    int Accepted,
    int Removed,
    int Overdue,
    IReadOnlyList<DepartmentProgress> Departments,
    IReadOnlyList<string> OverdueNames,
    bool FanOutDone)
{
    public int Pending => Asked - Accepted;

    /// <summary>Before the first batch: the preview's count, nobody asked yet.</summary>
    public static ProgressFigures Starting(AttestationCampaign campaign)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return new ProgressFigures(campaign.AudienceSize, 0, 0, 0, [], [], false);
    }
}
