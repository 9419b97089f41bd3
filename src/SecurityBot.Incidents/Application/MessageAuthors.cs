using SecurityBot.BotFramework.Schema.Teams;
using SecurityBot.Platform.Directory;

namespace SecurityBot.Incidents.Application;

/// <summary>
/// Who wrote a reported message, from the directory: the payload's name and id are Teams' claim (and a forged invoke's
/// word), so a member or guest is named as the directory names them, and anyone the directory does not know is shown
/// as external with the name they gave themselves.
/// </summary>
internal sealed class MessageAuthors(IDirectory directory)
{
    public async Task<(string? Id, string Name, MessageAuthorKind Kind)> ResolveAsync(MessageActionsPayloadFrom? from, CancellationToken cancellationToken)
    {
        if (from?.User is { } user)
        {
            var claimedName = Bounded(user.DisplayName) ?? "Unknown sender";
            var anonymous = string.Equals(user.UserIdentityType, "anonymousGuest", StringComparison.OrdinalIgnoreCase);
            // Entra object ids are GUIDs; anything else is not worth a directory round trip (and may be a forged probe).
            if (!anonymous && Guid.TryParse(user.Id, out var objectId)
                && await directory.GetUserAsync(objectId.ToString(), cancellationToken) is { } known)
            {
                var guest = known.UserPrincipalName.Contains("#EXT#", StringComparison.OrdinalIgnoreCase);
                return (known.Id, known.DisplayName, guest ? MessageAuthorKind.Guest : MessageAuthorKind.Member);
            }

            return (Guid.TryParse(user.Id, out var externalId) ? externalId.ToString() : null, claimedName, MessageAuthorKind.External);
        }

        if (from?.Application is { } app)
        {
            return (null, Bounded(app.DisplayName) ?? "An app", MessageAuthorKind.App);
        }

        return (null, "Unknown sender", MessageAuthorKind.External);
    }

    private static string? Bounded(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim() is { Length: > 200 } long_ ? long_[..200] : name.Trim();
}
