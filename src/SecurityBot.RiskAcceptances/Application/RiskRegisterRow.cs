namespace SecurityBot.RiskAcceptances.Application;

/// <summary>One line of the CSV export (column order = property order).</summary>
internal sealed record RiskRegisterRow(
    string Reference,
    string Title,
    string Status,
    int Score,
    string Level,
    int Likelihood,
    int Impact,
    string? Policy,
    string? Section,
    string Asset,
    string Requester,
    string RiskOwner,
    string? SubmittedAtUtc,
    string? AcceptedAtUtc,
    string? ExpiresAtUtc,
    int Renewals,
    string Approvals);
