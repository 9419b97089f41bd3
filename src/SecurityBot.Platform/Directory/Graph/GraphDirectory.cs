using System.Net;
using Azure.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Kiota.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace SecurityBot.Platform.Directory.Graph;

/// <summary>
/// The directory read from Microsoft Graph with application permissions (User.Read.All, GroupMember.Read.All).
/// Throttling and transient failures are retried by the Graph SDK middleware on the named HttpClient.
/// </summary>
internal sealed partial class GraphDirectory(GraphClientSource clients, IOptions<GraphDirectoryOptions> options, TimeProvider time, ILogger<GraphDirectory> logger) : IDirectory
{
    /// <summary>Entra object ids are GUIDs and UPNs are at most 113 characters; anything longer is not a user.</summary>
    private const int MaxKeyLength = 256;

    /// <summary>
    /// Enabled accounts of the organisation's own people: guests (userType Guest) and disabled accounts are not asked
    /// to attest. eq on accountEnabled, userType and department works by default in Graph, without the advanced query
    /// parameters (ConsistencyLevel: eventual and $count), so the answer is not the eventually consistent one.
    /// </summary>
    private const string MembersFilter = "accountEnabled eq true and userType eq 'Member'";

    private static readonly string[] UserFields = ["id", "userPrincipalName", "displayName", "jobTitle", "department", "mail"];

    public async Task<DirectoryUser?> GetUserAsync(string idOrUpn, CancellationToken cancellationToken = default)
    {
        if (!IsPlausibleKey(idOrUpn))
        {
            return null;
        }

        try
        {
            var user = await clients.Create().Users[idOrUpn]
                .GetAsync(r => r.QueryParameters.Select = UserFields, cancellationToken).ConfigureAwait(false);
            return Map(user);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            return null;
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            throw Unavailable("user", idOrUpn, ex);
        }
    }

    public async Task<DirectoryUser?> GetManagerAsync(string userId, CancellationToken cancellationToken = default)
    {
        if (!IsPlausibleKey(userId))
        {
            return null;
        }

        try
        {
            var manager = await clients.Create().Users[userId].Manager
                .GetAsync(r => r.QueryParameters.Select = UserFields, cancellationToken).ConfigureAwait(false);
            // A manager can be an organisational contact; only users can receive cards.
            return Map(manager as User);
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            // Graph answers 404 both for "no manager" and "no such user"; either way there is nobody to route to.
            return null;
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            throw Unavailable("manager of user", userId, ex);
        }
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetManagerChainAsync(string userId, int maxLevels, CancellationToken cancellationToken = default)
    {
        var chain = new List<DirectoryUser>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { userId };
        var current = userId;
        while (chain.Count < maxLevels)
        {
            var manager = await GetManagerAsync(current, cancellationToken).ConfigureAwait(false);
            if (manager is null || !seen.Add(manager.Id))
            {
                break;
            }

            chain.Add(manager);
            current = manager.Id;
        }

        return chain;
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetGroupMembersAsync(string groupId, CancellationToken cancellationToken = default)
    {
        if (!IsPlausibleKey(groupId))
        {
            return [];
        }

        var client = clients.Create();
        var members = new List<DirectoryUser>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var page = await client.Groups[groupId].TransitiveMembers.GetAsync(r =>
            {
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Top = options.Value.PageSize;
            }, cancellationToken).ConfigureAwait(false);
            var pages = 1;
            while (page is not null)
            {
                // Transitive members include nested groups, devices and service principals: only people are routed to.
                foreach (var user in (page.Value ?? []).OfType<User>())
                {
                    if (Map(user) is { } member && ids.Add(member.Id))
                    {
                        members.Add(member);
                    }
                }

                if (string.IsNullOrEmpty(page.OdataNextLink))
                {
                    break;
                }

                // The next link is absolute; the auth provider only attaches the token if it points at the configured host.
                page = await client.Groups[groupId].TransitiveMembers.WithUrl(page.OdataNextLink)
                    .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                pages++;
            }

            LogGroupLoaded(groupId, members.Count, pages);
            return members;
        }
        catch (ODataError error) when (error.ResponseStatusCode == (int)HttpStatusCode.NotFound)
        {
            LogGroupNotFound(groupId);
            return [];
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            throw Unavailable("members of group", groupId, ex);
        }
    }

    public async Task<IReadOnlyList<DirectoryUser>> GetUsersAsync(string? department, CancellationToken cancellationToken = default)
    {
        if (department is not null)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(department);
        }

        var audience = department ?? "(everyone)";
        var client = clients.Create();
        var users = new List<DirectoryUser>();
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            var page = await client.Users.GetAsync(r =>
            {
                r.QueryParameters.Filter = AudienceFilter(department);
                r.QueryParameters.Select = UserFields;
                r.QueryParameters.Top = options.Value.PageSize;
            }, cancellationToken).ConfigureAwait(false);
            var pages = 1;
            while (page is not null)
            {
                foreach (var user in page.Value ?? [])
                {
                    if (Map(user) is { } person && ids.Add(person.Id))
                    {
                        users.Add(person);
                    }
                }

                if (string.IsNullOrEmpty(page.OdataNextLink))
                {
                    break;
                }

                // The next link carries the filter and page size; as for groups, the token only goes to the configured host.
                page = await client.Users.WithUrl(page.OdataNextLink)
                    .GetAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                pages++;
            }

            LogUsersLoaded(audience, users.Count, pages);
            return users;
        }
        catch (Exception ex) when (IsUnavailable(ex, cancellationToken))
        {
            throw Unavailable(department is null ? "users of the organisation" : "users of the department", audience, ex);
        }
    }

    public async Task<bool> IsMemberAsync(string userId, string groupId, CancellationToken cancellationToken = default)
    {
        var members = await GetGroupMembersAsync(groupId, cancellationToken).ConfigureAwait(false);
        return members.Any(m => string.Equals(m.Id, userId, StringComparison.OrdinalIgnoreCase));
    }

    internal static DirectoryUser? Map(User? user) =>
        user?.Id is null
            ? null
            : new DirectoryUser(
                user.Id,
                user.UserPrincipalName ?? user.Id,
                user.DisplayName ?? user.UserPrincipalName ?? user.Id,
                user.JobTitle,
                user.Department,
                user.Mail);

    /// <summary>The $filter for an audience; a quote in a department name is doubled, as OData string literals require.</summary>
    internal static string AudienceFilter(string? department) =>
        department is null
            ? MembersFilter
            : $"{MembersFilter} and department eq '{department.Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>
    /// Failures of the directory itself — Graph errors left after the SDK's bounded retries (the retry handler reports
    /// those as an AggregateException), transport errors, timeouts and refused credentials — as opposed to the caller
    /// cancelling or a bug here.
    /// </summary>
    private static bool IsUnavailable(Exception ex, CancellationToken cancellationToken) => ex switch
    {
        ApiException or AggregateException or HttpRequestException or AuthenticationFailedException or CredentialUnavailableException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        _ => false,
    };

    private DirectoryUnavailableException Unavailable(string what, string key, Exception ex)
    {
        LogUnavailable(ex, what, key);
        return new DirectoryUnavailableException($"Microsoft Graph could not return the {what} {key}: {ex.GetType().Name}.", ex);
    }

    private static bool IsPlausibleKey(string key) => !string.IsNullOrWhiteSpace(key) && key.Length <= MaxKeyLength;

    [LoggerMessage(EventId = 4100, Level = LogLevel.Warning, Message = "Microsoft Graph could not return the {What} {Key}")]
    private partial void LogUnavailable(Exception exception, string what, string key);

    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Directory group {GroupId} was not found in Microsoft Graph; it has no members for routing")]
    private partial void LogGroupNotFound(string groupId);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Debug, Message = "Loaded {MemberCount} members of group {GroupId} from Microsoft Graph in {PageCount} page(s)")]
    private partial void LogGroupLoaded(string groupId, int memberCount, int pageCount);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Debug, Message = "Loaded {UserCount} enabled member users of department {Department} from Microsoft Graph in {PageCount} page(s)")]
    private partial void LogUsersLoaded(string department, int userCount, int pageCount);
}
