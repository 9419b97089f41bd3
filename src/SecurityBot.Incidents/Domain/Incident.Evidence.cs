using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Domain;

internal sealed partial class Incident
{
    private readonly List<IncidentEvidence> _evidence = [];

    /// <summary>Files attached as evidence, oldest first (metadata only).</summary>
    public IReadOnlyList<IncidentEvidence> Evidence => _evidence.OrderBy(e => e.AddedAt).ToList();

    /// <summary>
    /// Attaches a file a reporter sent: only to an open incident, by one of its reporters, once per content (the same
    /// bytes again is refused saying when it was added), at most <paramref name="maxFiles"/>. Its hash becomes an
    /// indicator, so the same file reported elsewhere correlates.
    /// </summary>
    public IncidentEvidence AddEvidence(EvidenceFile file, IncidentActor reporter, int maxFiles, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(reporter);
        EnsureOpen("add evidence to");
        if (!IsReporter(reporter.Id))
        {
            throw new RefusalException($"Only the people who reported {DisplayNumber} can add evidence to it.");
        }

        if (_evidence.FirstOrDefault(e => e.Sha256 == file.Sha256) is { } same)
        {
            throw new RefusalException($"This file is already attached to {DisplayNumber} (added {Clock(same.AddedAt)}).");
        }

        if (_evidence.Count >= maxFiles)
        {
            throw new RefusalException($"{DisplayNumber} already holds {maxFiles} files; send the security team anything more when they contact you.");
        }

        var evidence = new IncidentEvidence(Id, file, reporter, now);
        _evidence.Add(evidence);
        AddIndicators([new Indicator(IndicatorKind.Sha256, file.Sha256)], now);
        Record(TimelineEventKind.EvidenceAdded, reporter, $"Evidence added: {file.Name} ({file.Content.LongLength:N0} bytes, SHA-256 {file.Sha256[..16]}…)", now);
        Changed(now);
        return evidence;
    }
}
