namespace SecurityBot.Incidents.Domain;

/// <summary>The bytes of one <see cref="IncidentEvidence"/> (same id), read only when a responder asks for a copy.</summary>
internal sealed class EvidenceContent
{
    private EvidenceContent()
    {
        Content = [];
    }

    internal EvidenceContent(Guid evidenceId, byte[] content)
    {
        EvidenceId = evidenceId;
        Content = content;
    }

    public Guid EvidenceId { get; private set; }

    public byte[] Content { get; private set; }
}
