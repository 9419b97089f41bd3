using Microsoft.IdentityModel.Tokens;

namespace SecurityBot.BotFramework.Authentication;

/// <summary>A signing key of the channel token issuer and the channels (e.g. "msteams") it is endorsed for.</summary>
public sealed record ChannelSigningKey(string KeyId, SecurityKey Key, IReadOnlyList<string> Endorsements)
{
    public bool IsEndorsedFor(string channelId) => Endorsements.Contains(channelId, StringComparer.Ordinal);
}
