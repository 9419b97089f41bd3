namespace SecurityBot.Incidents.Domain;

/// <summary>
/// A file attached to an incident as evidence: its name as sent, type, size, SHA-256 (also an indicator of the
/// incident) and who added it when. The bytes are kept apart (<see cref="EvidenceContent"/>) so loading an incident
/// never loads its files; SecurityBot never opens, renders or previews them.
/// </summary>
internal sealed class IncidentEvidence
{
    public const int MaxFileNameLength = 200;

    private IncidentEvidence()
    {
        FileName = ContentType = Sha256 = AddedById = AddedByName = string.Empty;
    }

    internal IncidentEvidence(Guid incidentId, EvidenceFile file, IncidentActor addedBy, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        IncidentId = incidentId;
        FileName = file.Name;
        ContentType = file.ContentType;
        SizeInBytes = file.Content.LongLength;
        Sha256 = file.Sha256;
        AddedById = addedBy.Id;
        AddedByName = addedBy.Name;
        AddedAt = now;
    }

    public Guid Id { get; private set; }

    public Guid IncidentId { get; private set; }

    public string FileName { get; private set; }

    public string ContentType { get; private set; }

    public long SizeInBytes { get; private set; }

    /// <summary>Lower-case hex.</summary>
    public string Sha256 { get; private set; }

    public string AddedById { get; private set; }

    public string AddedByName { get; private set; }

    public DateTimeOffset AddedAt { get; private set; }
}
