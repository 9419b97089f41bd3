namespace SecurityBot.Incidents.Domain;

/// <summary>An indicator recorded on an incident; the correlation rule looks new reports up by (kind, value).</summary>
internal sealed class IncidentIndicator
{
    public const int MaxValueLength = 1000;

    private IncidentIndicator()
    {
        Value = string.Empty;
    }

    internal IncidentIndicator(Guid incidentId, Indicator indicator, DateTimeOffset now)
    {
        Id = Guid.CreateVersion7(now);
        IncidentId = incidentId;
        Kind = indicator.Kind;
        Value = indicator.Value.Length > MaxValueLength ? indicator.Value[..MaxValueLength] : indicator.Value;
        FirstSeenAt = now;
    }

    public Guid Id { get; private set; }

    public Guid IncidentId { get; private set; }

    public IndicatorKind Kind { get; private set; }

    public string Value { get; private set; }

    public DateTimeOffset FirstSeenAt { get; private set; }

    public Indicator ToIndicator() => new(Kind, Value);
}
