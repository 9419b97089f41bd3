namespace SecurityBot.Attestation.Application;

/// <summary>
/// The people of an audience, from the directory as it is now (Graph: transitive group members, or users by
/// department, paged): each person once, people only.
/// </summary>
internal sealed class AudienceResolver(IDirectory directory)
{
    public async Task<IReadOnlyList<DirectoryUser>> ResolveAsync(CampaignAudience audience, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audience);
        var people = audience.Kind switch
        {
            AudienceKind.Group => await directory.GetGroupMembersAsync(audience.Value!, cancellationToken),
            AudienceKind.Department => await directory.GetUsersAsync(audience.Value, cancellationToken),
            _ => await directory.GetUsersAsync(null, cancellationToken),
        };
        return [.. people.DistinctBy(p => p.Id, StringComparer.OrdinalIgnoreCase)];
    }
}
