namespace SecurityBot.Platform.Notifications.RateLimiting;

/// <summary>At most <paramref name="Limit"/> sends in any <paramref name="Length"/>.</summary>
public readonly record struct RateWindow(int Limit, TimeSpan Length);
