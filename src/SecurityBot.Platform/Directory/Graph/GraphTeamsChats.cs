using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using GraphChat = Microsoft.Graph.Models.Chat;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// Teams group chats through Microsoft Graph with application permissions: Chat.Create (POST /chats),
/// Chat.ReadBasic.All (GET /users/{id}/chats), ChatMember.ReadWrite.All (POST /chats/{id}/members) and
/// TeamsAppInstallation.ReadWriteSelfForChat.All (POST /chats/{id}/installedApps, this bot's app only).
/// </summary>
/// <remarks>
/// The named HttpClient keeps the Graph SDK's retry handler (PlatformRegistration.AddGraphMiddleware), bounded by
/// Directory:Graph:MaxRetries and honouring Retry-After: a 429/503/504 reaches the caller only after those retries,
/// as a transient <see cref="TeamsChatException"/>. POST bodies are buffered by the SDK, so creations are retried too;
/// a creation Graph made but did not confirm is found again by <see cref="FindGroupChatAsync"/>.
/// Only ids are logged: topics are people's words about an incident.
/// </remarks>
internal sealed partial class GraphTeamsChats(
    GraphClientSource clients, IOptions<GraphDirectoryOptions> options, ILogger<GraphTeamsChats> logger) : ITeamsChats
{
    /// <summary>Graph's largest page for listing a user's chats.</summary>
    private const int ChatsPageSize = 50;

    /// <summary>Graph's answer when an installation is asked for while the catalog id is missing: not implemented here.</summary>
    private const int NotConfigured = (int)HttpStatusCode.NotImplemented;

    private const string OwnerRole = "owner";

    public async Task<string?> FindGroupChatAsync(string topic, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        var chats = clients.Create().Users[memberId].Chats;
        var pages = 0;
        try
        {
            // List chats documents $filter on chatType but not on topic, so the exact (case-sensitive) topic match is
            // made here; chatType narrows the pages to group chats.
            var page = await chats.GetAsync(r =>
            {
                r.QueryParameters.Filter = "chatType eq 'group'";
                r.QueryParameters.Top = ChatsPageSize;
            }, cancellationToken).ConfigureAwait(false);
            while (page is not null)
            {
                pages++;
                var match = (page.Value ?? []).FirstOrDefault(c =>
                    c.ChatType == ChatType.Group && string.Equals(c.Topic, topic, StringComparison.Ordinal) && c.Id is not null);
                if (match is not null)
                {
                    LogFound(match.Id!, memberId, pages);
                    return match.Id;
                }

                if (string.IsNullOrEmpty(page.OdataNextLink))
                {
                    break;
                }

                // The next link is absolute; the auth provider attaches the token only if it names the configured host.
                page = await chats.WithUrl(page.OdataNextLink).GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            LogNotFound(memberId, pages);
            return null;
        }
        catch (Exception ex) when (GraphChatFailures.IsGraphFailure(ex, cancellationToken))
        {
            throw Failed($"Listing the group chats of user {memberId}", ex);
        }
    }

    public async Task<string> CreateGroupChatAsync(string topic, IReadOnlyCollection<string> memberIds, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(topic);
        ArgumentNullException.ThrowIfNull(memberIds);
        // Entra object ids are GUIDs: case does not make another person, and Graph refuses a member listed twice.
        var members = memberIds.Where(id => !string.IsNullOrWhiteSpace(id)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (members.Count < 2)
        {
            throw new ArgumentException("A group chat needs at least two distinct members.", nameof(memberIds));
        }

        // With application permissions there is no signed-in user to add implicitly: every person in the chat must be
        // in this list (the bot is no member; it joins through InstallBotAsync). Everyone is an owner, so any of them
        // can add a colleague from Teams.
        var chat = new GraphChat
        {
            ChatType = ChatType.Group,
            Topic = topic,
            Members = [.. members.Select(Member)],
        };
        try
        {
            var created = await clients.Create().Chats.PostAsync(chat, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrEmpty(created?.Id))
            {
                // Graph made something and did not say what: finding the chat by its topic recovers it.
                throw new TeamsChatException("Creating a group chat succeeded but Microsoft Graph returned no chat id.", statusCode: null);
            }

            LogCreated(created.Id, members.Count);
            return created.Id;
        }
        catch (Exception ex) when (GraphChatFailures.IsGraphFailure(ex, cancellationToken))
        {
            throw Failed($"Creating a group chat with {members.Count} members", ex);
        }
    }

    public async Task AddMemberAsync(string chatId, string memberId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        ArgumentException.ThrowIfNullOrWhiteSpace(memberId);
        try
        {
            await clients.Create().Chats[chatId].Members.PostAsync(Member(memberId), cancellationToken: cancellationToken).ConfigureAwait(false);
            LogMemberAdded(memberId, chatId);
        }
        catch (ODataError error) when (IsAlreadyMember(error))
        {
            LogAlreadyMember(memberId, chatId);
        }
        catch (Exception ex) when (GraphChatFailures.IsGraphFailure(ex, cancellationToken))
        {
            throw Failed($"Adding user {memberId} to chat {chatId}", ex);
        }
    }

    public async Task InstallBotAsync(string chatId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chatId);
        var catalogId = options.Value.TeamsAppCatalogId;
        if (string.IsNullOrWhiteSpace(catalogId))
        {
            // Not transient: nothing changes until someone configures the catalog id.
            LogNoCatalogId(chatId);
            throw new TeamsChatException(
                "Cannot install the bot in a chat: Directory:Graph:TeamsAppCatalogId is not configured (the bot's id in the tenant app catalog).",
                NotConfigured);
        }

        try
        {
            await clients.Create().Chats[chatId].InstalledApps.PostAsync(
                new TeamsAppInstallation
                {
                    AdditionalData = new Dictionary<string, object>
                    {
                        ["teamsApp@odata.bind"] = $"{clients.BaseUrl}/appCatalogs/teamsApps/{Uri.EscapeDataString(catalogId)}",
                    },
                },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            LogInstalled(chatId);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.Conflict)
        {
            // 409: the bot is already installed in this chat, which is what we wanted.
            LogAlreadyInstalled(chatId);
        }
        catch (Exception ex) when (GraphChatFailures.IsGraphFailure(ex, cancellationToken))
        {
            throw Failed($"Installing the bot in chat {chatId}", ex);
        }
    }

    private AadUserConversationMember Member(string userId) => new()
    {
        Roles = [OwnerRole],
        AdditionalData = new Dictionary<string, object>
        {
            // OData key literal: a quote inside the id is doubled, so an id cannot change what the reference names.
            ["user@odata.bind"] = $"{clients.BaseUrl}/users('{userId.Replace("'", "''", StringComparison.Ordinal)}')",
        },
    };

    /// <summary>Graph answers an existing membership with 409, or with a 400 whose message says so.</summary>
    private static bool IsAlreadyMember(ODataError error) =>
        error.ResponseStatusCode == (int)HttpStatusCode.Conflict
        || (error.ResponseStatusCode == (int)HttpStatusCode.BadRequest
            && (error.Error?.Message ?? "").Contains("already a member", StringComparison.OrdinalIgnoreCase));

    private TeamsChatException Failed(string operation, Exception ex)
    {
        var failure = GraphChatFailures.Translate(operation, ex);
        LogFailed(ex, failure.StatusCode, failure.IsTransient);
        return failure;
    }

    [LoggerMessage(EventId = 4120, Level = LogLevel.Information, Message = "Found group chat {ChatId} of user {UserId} in {PageCount} page(s)")]
    private partial void LogFound(string chatId, string userId, int pageCount);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Debug, Message = "No group chat with the topic among those of user {UserId} ({PageCount} page(s))")]
    private partial void LogNotFound(string userId, int pageCount);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "Created group chat {ChatId} with {MemberCount} members")]
    private partial void LogCreated(string chatId, int memberCount);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Information, Message = "Added user {UserId} to chat {ChatId}")]
    private partial void LogMemberAdded(string userId, string chatId);

    [LoggerMessage(EventId = 4124, Level = LogLevel.Debug, Message = "User {UserId} is already a member of chat {ChatId}")]
    private partial void LogAlreadyMember(string userId, string chatId);

    [LoggerMessage(EventId = 4125, Level = LogLevel.Information, Message = "Installed the bot's Teams app in chat {ChatId}")]
    private partial void LogInstalled(string chatId);

    [LoggerMessage(EventId = 4126, Level = LogLevel.Debug, Message = "The bot's Teams app is already installed in chat {ChatId}")]
    private partial void LogAlreadyInstalled(string chatId);

    [LoggerMessage(EventId = 4127, Level = LogLevel.Warning, Message = "Cannot install the bot in chat {ChatId}: Directory:Graph:TeamsAppCatalogId is not configured")]
    private partial void LogNoCatalogId(string chatId);

    // The exception's message names the operation and ids only (never a topic), so it is safe to log.
    [LoggerMessage(EventId = 4128, Level = LogLevel.Warning, Message = "A Teams chat call to Microsoft Graph failed with status {StatusCode} (transient: {IsTransient})")]
    private partial void LogFailed(Exception exception, int? statusCode, bool isTransient);
}
