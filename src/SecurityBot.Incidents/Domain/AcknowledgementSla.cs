using SecurityBot.Platform.Routing;

namespace SecurityBot.Incidents.Domain;

/// <summary>When an incident must be acknowledged by (Incidents:AcknowledgeSla and Incidents:BusinessHours*).</summary>
internal sealed class AcknowledgementSla
{
    private readonly IncidentOptions _options;
    private readonly BusinessCalendar _calendar;

    public AcknowledgementSla(IncidentOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _calendar = new BusinessCalendar(options.BusinessHours);
    }

    /// <summary>The SLA configured for the severity; a missing entry takes the next more severe one's.</summary>
    public TimeSpan For(IncidentSeverity severity)
    {
        for (var s = severity; s <= IncidentSeverity.Critical; s++)
        {
            if (_options.AcknowledgeSla.TryGetValue(s, out var span))
            {
                return span;
            }
        }

        return TimeSpan.FromMinutes(15);
    }

    /// <summary>The instant an incident of this severity, starting its clock at <paramref name="from"/>, is due.</summary>
    public DateTimeOffset DueAt(IncidentSeverity severity, DateTimeOffset from) =>
        severity < _options.BusinessHoursBelowSeverity
            ? _calendar.Add(from, For(severity))
            : from + For(severity);
}
