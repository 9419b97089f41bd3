using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Graph.Models.ODataErrors;

namespace SecurityBot.Platform.Directory.Graph;

internal sealed partial class GraphDirectory
{
    /// <summary>How long a tenant that refused mailboxSettings (no MailboxSettings.Read) is left alone.</summary>
    private static readonly TimeSpan MailboxDeniedPause = TimeSpan.FromHours(1);
    private long _mailboxDeniedUntilTicks;

    /// <summary>
    /// GET /users/{id}/mailboxSettings?$select=timeZone (application permission MailboxSettings.Read). Only a help for
    /// display, so every failure answers null: 403 (not granted) pauses the asking for an hour, 404 (no mailbox) is
    /// just unknown, and an unavailable Graph must not fail the card it would have formatted.
    /// </summary>
    public async Task<string?> GetTimeZoneAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (!IsPlausibleKey(userId) || time.GetUtcNow().UtcTicks < Interlocked.Read(ref _mailboxDeniedUntilTicks))
        {
            return null;
        }

        try
        {
            var settings = await clients.Create().Users[userId].MailboxSettings
                .GetAsync(r => r.QueryParameters.Select = ["timeZone"], cancellationToken).ConfigureAwait(false);
            return string.IsNullOrWhiteSpace(settings?.TimeZone) ? null : settings.TimeZone;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Forbidden)
        {
            Interlocked.Exchange(ref _mailboxDeniedUntilTicks, (time.GetUtcNow() + MailboxDeniedPause).UtcTicks);
            LogMailboxDenied();
            return null;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            LogUnavailable(ex, "mailbox time zone of user", userId);
            return null;
        }
    }

    [LoggerMessage(EventId = 4104, Level = LogLevel.Warning,
        Message = "Microsoft Graph refused mailboxSettings (MailboxSettings.Read is not granted); people's time zones come from Teams or Regional:TimeZone for the next hour")]
    private partial void LogMailboxDenied();
}
