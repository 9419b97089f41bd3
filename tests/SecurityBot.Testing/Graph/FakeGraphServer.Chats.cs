using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SecurityBot.Testing.Graph;

/// <summary>
/// Teams chats: POST /chats (group chats only, validated like Graph: topic, at least two aadUserConversationMembers,
/// each with a role and a user@odata.bind to this Graph's /users('{id}'), no one twice), GET /users/{id}/chats
/// ($filter on chatType only, at most 50 per page, absolute @odata.nextLink), the members of a chat (GET/POST) and
/// app installations in a chat (409 when installed). Each operation can be made to fail (<see cref="FailChats"/>).
/// </summary>
public sealed partial class FakeGraphServer
{
    private const int GraphMaxChatsPageSize = 50;
    private const string AadUserMemberType = "#microsoft.graph.aadUserConversationMember";

    private readonly Lock _chatLock = new();
    private readonly List<FakeGraphChat> _chats = [];
    private readonly Dictionary<FakeGraphChatOperation, (int Status, int Remaining, int? RetryAfterSeconds)> _chatFailures = [];

    /// <summary>Largest page of chats served, whatever $top asks for (Graph's own limit is 50).</summary>
    public int ChatPageSize { get; set; } = GraphMaxChatsPageSize;

    /// <summary>What adding an existing member answers: 409 by default; 400 answers with an "already a member" message.</summary>
    public int AlreadyMemberStatus { get; set; } = StatusCodes.Status409Conflict;

    /// <summary>Every chat, in creation order.</summary>
    public IReadOnlyList<FakeGraphChat> Chats
    {
        get
        {
            lock (_chatLock)
            {
                return [.. _chats];
            }
        }
    }

    public FakeGraphChat? Chat(string chatId)
    {
        lock (_chatLock)
        {
            return _chats.Find(c => c.Id == chatId);
        }
    }

    /// <summary>A chat that already exists (e.g. made before a crash, or another chat of the same people); returns its id.</summary>
    public string AddChat(string? topic, IEnumerable<string> memberIds, string chatType = "group")
    {
        var members = memberIds.Select(id => new FakeGraphChatMember(id, ["owner"], $"{BaseUrl}/users('{id}')")).ToList();
        return StoreChat(topic, chatType, members);
    }

    /// <summary>Marks the app as installed in the chat (the next install attempt gets 409).</summary>
    public void MarkInstalledInChat(string chatId, string catalogAppId) => UpdateChat(chatId, c => c with { InstalledAppIds = [.. c.InstalledAppIds, catalogAppId] });

    /// <summary>
    /// The next <paramref name="count"/> requests of this operation (retries included) get <paramref name="status"/>
    /// with Graph's error shape, and Retry-After when given.
    /// </summary>
    public void FailChats(FakeGraphChatOperation operation, int status, int count = 1, int? retryAfterSeconds = null)
    {
        lock (_chatLock)
        {
            _chatFailures[operation] = (status, count, retryAfterSeconds);
        }
    }

    private void MapChats(RouteGroupBuilder graph)
    {
        graph.MapPost("/chats", CreateChatAsync);
        graph.MapGet("/users/{id}/chats", ListChats);
        graph.MapGet("/chats/{chatId}/members", (string chatId) => Chat(chatId) is { } chat
            ? Results.Json(new Dictionary<string, object?> { ["value"] = chat.Members.Select(MemberJson).ToList() })
            : ChatNotFound(chatId));
        graph.MapPost("/chats/{chatId}/members", AddChatMemberAsync);
        graph.MapPost("/chats/{chatId}/installedApps", InstallInChatAsync);
    }

    private async Task<IResult> CreateChatAsync(HttpRequest request, HttpResponse response)
    {
        if (InjectedFailure(FakeGraphChatOperation.Create, response) is { } failure)
        {
            return failure;
        }

        using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        var root = body.RootElement;
        if (StringProperty(root, "chatType") != "group")
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "This fake creates group chats only.");
        }

        var topic = StringProperty(root, "topic");
        if (string.IsNullOrWhiteSpace(topic))
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "A group chat needs a topic here.");
        }

        if (!root.TryGetProperty("members", out var membersJson) || membersJson.ValueKind != JsonValueKind.Array || membersJson.GetArrayLength() < 2)
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "A group chat needs at least two members.");
        }

        var members = new List<FakeGraphChatMember>();
        foreach (var json in membersJson.EnumerateArray())
        {
            if (ParseMember(json, out var member) is { } invalid)
            {
                return invalid;
            }

            if (members.Exists(m => string.Equals(m.UserId, member!.UserId, StringComparison.OrdinalIgnoreCase)))
            {
                return Error(StatusCodes.Status400BadRequest, "BadRequest", $"Member {member!.UserId} is listed more than once.");
            }

            members.Add(member!);
        }

        var id = StoreChat(topic, "group", members);
        return Results.Json(ChatJson(Chat(id)!), statusCode: StatusCodes.Status201Created);
    }

    private IResult ListChats(string id, HttpRequest request, HttpResponse response)
    {
        if (InjectedFailure(FakeGraphChatOperation.List, response) is { } failure)
        {
            return failure;
        }

        if (!_users.ContainsKey(id))
        {
            return UserNotFound(id);
        }

        var filter = request.Query["$filter"].ToString();
        string? chatType = null;
        if (filter.Length > 0)
        {
            // Graph documents $filter for this list without listing the properties; chatType is the one known to work.
            var match = FilterByChatType().Match(filter);
            if (!match.Success)
            {
                return Error(StatusCodes.Status400BadRequest, "BadRequest", "Invalid filter clause.");
            }

            chatType = match.Groups[1].Value;
        }

        var requested = int.TryParse(request.Query["$top"], CultureInfo.InvariantCulture, out var t) ? t : GraphMaxChatsPageSize;
        if (requested is < 1 or > GraphMaxChatsPageSize)
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", $"$top must be between 1 and {GraphMaxChatsPageSize}.");
        }

        var top = Math.Min(requested, ChatPageSize);
        var skip = int.TryParse(request.Query["$skiptoken"], CultureInfo.InvariantCulture, out var s) ? s : 0;
        var all = Chats.Where(c => c.HasMember(id) && (chatType is null || c.ChatType == chatType)).ToList();
        var body = new Dictionary<string, object?> { ["value"] = all.Skip(skip).Take(top).Select(ChatJson).ToList() };
        if (skip + top < all.Count)
        {
            // Absolute, like Graph's, and naming the filter again: the client follows it as-is.
            body["@odata.nextLink"] = $"{NextLinkBaseUrl ?? BaseUrl}/users/{Uri.EscapeDataString(id)}/chats?" +
                $"$filter={Uri.EscapeDataString(filter)}&$top={top}&$skiptoken={skip + top}";
        }

        return Results.Json(body);
    }

    [GeneratedRegex(@"^\s*chatType eq '(\w+)'\s*$")]
    private static partial Regex FilterByChatType();
}
