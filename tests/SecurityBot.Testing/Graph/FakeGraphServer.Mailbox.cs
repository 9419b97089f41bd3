using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SecurityBot.Testing.Graph;

public sealed partial class FakeGraphServer
{
    /// <summary>Answer mailboxSettings with 403 ErrorAccessDenied, as Graph does when MailboxSettings.Read is not granted.</summary>
    public bool MailboxSettingsDenied { get; set; }

    // GET /users/{id}/mailboxSettings: the mailbox's time zone as Graph gives it (a Windows name by default); 404 for
    // an unknown user.
    private void MapMailboxSettings(RouteGroupBuilder graph) =>
        graph.MapGet("/users/{id}/mailboxSettings", (string id) =>
            MailboxSettingsDenied ? Error(StatusCodes.Status403Forbidden, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
            : _users.TryGetValue(id, out var user) ? Results.Json(new Dictionary<string, object?> { ["timeZone"] = user.MailboxTimeZone ?? "UTC" })
            : UserNotFound(id));
}
