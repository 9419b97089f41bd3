using System.Security.Claims;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>
/// What a channel token proved once its signature, issuer and audience held: the key that signed it and the claims
/// the per-request checks need. Lifetime, endorsement and serviceurl depend on the clock and the activity, so they are
/// checked on every request, from these values, whether the token was verified now or earlier.
/// </summary>
internal sealed record VerifiedToken(ChannelSigningKey Key, DateTimeOffset Expires, DateTimeOffset? NotBefore, string? ServiceUrl, ClaimsIdentity Identity);
