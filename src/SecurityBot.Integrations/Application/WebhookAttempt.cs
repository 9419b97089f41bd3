namespace SecurityBot.Integrations.Application;

/// <summary>What one POST to an endpoint came to.</summary>
/// <param name="Outcome">Delivered, worth retrying, or final.</param>
/// <param name="StatusCode">The HTTP status, when the endpoint answered.</param>
/// <param name="Error">Why it failed, for the row (never the body or a secret).</param>
/// <param name="RetryAfter">The endpoint's Retry-After, if it sent one.</param>
internal sealed record WebhookAttempt(WebhookAttemptOutcome Outcome, int? StatusCode, string? Error, TimeSpan? RetryAfter = null);
