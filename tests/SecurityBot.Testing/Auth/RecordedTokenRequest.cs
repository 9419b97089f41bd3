namespace SecurityBot.Testing.Auth;

/// <summary>One client-credentials request the fake issuer received (no secrets kept, only whether one was sent).</summary>
public sealed record RecordedTokenRequest(
    string Tenant,
    string? GrantType,
    string? ClientId,
    string? Scope,
    bool HasClientSecret,
    bool HasClientAssertion,
    bool Granted);
