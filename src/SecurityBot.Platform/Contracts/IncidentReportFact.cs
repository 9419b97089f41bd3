namespace SecurityBot.Platform.Contracts;

/// <summary>One report an employee made (the first of an incident or a later, linked one): who reported, and when.</summary>
public sealed record IncidentReportFact(string IncidentNumber, string ReporterId, DateTimeOffset ReportedAt);
