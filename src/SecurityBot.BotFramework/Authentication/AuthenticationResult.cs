using System.Security.Claims;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>The outcome of validating an inbound token: 200 with the caller's identity, or 401/403 with the reason (safe to log; never contains the token).</summary>
public sealed record AuthenticationResult
{
    private AuthenticationResult(int statusCode, ClaimsIdentity? identity, string? error)
    {
        StatusCode = statusCode;
        Identity = identity;
        Error = error;
    }

    public bool Succeeded => StatusCode == 200;

    /// <summary>200, 401 (any token failure) or 403 (the signing key is not endorsed for the channel).</summary>
    public int StatusCode { get; }

    public ClaimsIdentity? Identity { get; }

    public string? Error { get; }

    public static AuthenticationResult Success(ClaimsIdentity identity) => new(200, identity, null);

    public static AuthenticationResult Unauthorized(string error) => new(401, null, error);

    public static AuthenticationResult Forbidden(string error) => new(403, null, error);
}
