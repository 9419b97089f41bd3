namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// What a risk timer remembers: the expiry it was scheduled for (a renewal moves the expiry, and a timer for the
/// old one must then do nothing) and, for a reminder, how many days ahead it is.
/// </summary>
internal sealed record RiskTimerPayload(long ExpiresAtUtcTicks, int? DaysBefore);
