using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Installs the bot for a user through Graph (TeamsAppInstallation.ReadWriteSelfForUser.All) and finds the 1:1 chat,
/// so the first proactive card reaches someone who never opened the bot.
/// </summary>
internal sealed partial class GraphTeamsAppInstaller(
    GraphClientSource clients, IOptions<GraphDirectoryOptions> options, ILogger<GraphTeamsAppInstaller> logger) : ITeamsAppInstaller
{
    public async Task<string?> EnsureInstalledAndGetChatIdAsync(string userAadObjectId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userAadObjectId);
        var catalogId = options.Value.TeamsAppCatalogId;
        if (string.IsNullOrWhiteSpace(catalogId))
        {
            LogNoCatalogId(userAadObjectId);
            return null;
        }

        var installedApps = clients.Create().Users[userAadObjectId].Teamwork.InstalledApps;
        try
        {
            await installedApps.PostAsync(
                new UserScopeTeamsAppInstallation
                {
                    AdditionalData = new Dictionary<string, object>
                    {
                        ["teamsApp@odata.bind"] = $"{clients.BaseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(catalogId)}",
                    },
                },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            LogInstalled(userAadObjectId);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            // 409: already installed for this user, which is what we wanted.
        }
        catch (ODataError error)
        {
            throw new TeamsAppInstallationException(
                $"Installing the Teams app for user {userAadObjectId} failed with HTTP {error.ResponseStatusCode}: {error.Error?.Code}.",
                error.ResponseStatusCode,
                error);
        }

        try
        {
            var installations = await installedApps.GetAsync(r =>
            {
                r.QueryParameters.Expand = ["teamsApp"];
                // OData string literal: a quote inside the id is doubled, so config cannot change the filter's meaning.
                r.QueryParameters.Filter = $"teamsApp/id eq '{catalogId.Replace("'", "''", StringComparison.Ordinal)}'";
            }, cancellationToken).ConfigureAwait(false);
            var installationId = installations?.Value?.FirstOrDefault()?.Id;
            if (installationId is null)
            {
                // Installation is eventually consistent; the conversationUpdate it raises will record the conversation.
                LogInstallationNotVisibleYet(userAadObjectId);
                return null;
            }

            var chat = await installedApps[installationId].Chat.GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return chat?.Id;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            LogInstallationNotVisibleYet(userAadObjectId);
            return null;
        }
        catch (ODataError error)
        {
            throw new TeamsAppInstallationException(
                $"Finding the bot's chat with user {userAadObjectId} failed with HTTP {error.ResponseStatusCode}: {error.Error?.Code}.",
                error.ResponseStatusCode,
                error);
        }
    }

    [LoggerMessage(EventId = 4111, Level = LogLevel.Warning, Message = "Cannot install the bot for user {UserId}: Directory:Graph:TeamsAppCatalogId is not configured")]
    private partial void LogNoCatalogId(string userId);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Information, Message = "Installed the bot's Teams app for user {UserId}")]
    private partial void LogInstalled(string userId);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "The bot's installation or chat for user {UserId} is not visible yet; waiting for the conversationUpdate")]
    private partial void LogInstallationNotVisibleYet(string userId);
}
