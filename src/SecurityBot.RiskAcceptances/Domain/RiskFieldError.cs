namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>One invalid field of a request: <see cref="Field"/> is the form input id, <see cref="Message"/> says how to fix it.</summary>
internal sealed record RiskFieldError(string Field, string Message);
