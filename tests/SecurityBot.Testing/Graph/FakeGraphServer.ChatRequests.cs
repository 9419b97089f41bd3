using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace SecurityBot.Testing.Graph;

/// <summary>The fake's chat membership and installation endpoints, and the checks and state every chat endpoint shares.</summary>
public sealed partial class FakeGraphServer
{
    private async Task<IResult> AddChatMemberAsync(string chatId, HttpRequest request, HttpResponse response)
    {
        if (InjectedFailure(FakeGraphChatOperation.AddMember, response) is { } failure)
        {
            return failure;
        }

        using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        if (ParseMember(body.RootElement, out var member) is { } invalid)
        {
            return invalid;
        }

        var chat = Chat(chatId);
        if (chat is null)
        {
            return ChatNotFound(chatId);
        }

        if (chat.HasMember(member!.UserId))
        {
            return AlreadyMemberStatus == StatusCodes.Status409Conflict
                ? Error(StatusCodes.Status409Conflict, "Conflict", "The user is already a member of the chat.")
                : Error(AlreadyMemberStatus, "BadRequest", $"User {member.UserId} is already a member of the chat.");
        }

        UpdateChat(chatId, c => c with { Members = [.. c.Members, member] });
        return Results.Json(MemberJson(member), statusCode: StatusCodes.Status201Created);
    }

    private async Task<IResult> InstallInChatAsync(string chatId, HttpRequest request, HttpResponse response)
    {
        if (InjectedFailure(FakeGraphChatOperation.InstallApp, response) is { } failure)
        {
            return failure;
        }

        using var body = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
        var bind = StringProperty(body.RootElement, "teamsApp@odata.bind");
        var prefix = $"{BaseUrl}/appCatalogs/teamsApps/";
        if (bind is null || !bind.StartsWith(prefix, StringComparison.Ordinal) || bind.Length == prefix.Length)
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "teamsApp@odata.bind must name an app of this Graph's catalog.");
        }

        var catalogId = Uri.UnescapeDataString(bind[prefix.Length..]);
        var installed = false;
        var known = UpdateChat(chatId, c =>
        {
            installed = c.InstalledAppIds.Contains(catalogId, StringComparer.OrdinalIgnoreCase);
            return installed ? c : c with { InstalledAppIds = [.. c.InstalledAppIds, catalogId] };
        });
        return !known ? ChatNotFound(chatId)
            : installed ? Error(StatusCodes.Status409Conflict, "Conflict", "The app is already installed in this chat.")
            : Results.StatusCode(StatusCodes.Status201Created);
    }

    /// <summary>Checks one member object like Graph: its type, a role, and a bind to a known user of this Graph.</summary>
    private IResult? ParseMember(JsonElement json, out FakeGraphChatMember? member)
    {
        member = null;
        if (StringProperty(json, "@odata.type") != AadUserMemberType)
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", $"Members must be {AadUserMemberType}.");
        }

        var roles = json.TryGetProperty("roles", out var r) && r.ValueKind == JsonValueKind.Array
            ? r.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        if (!roles.Exists(role => role is "owner" or "guest"))
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "Each member must have the role owner or guest.");
        }

        var bind = StringProperty(json, "user@odata.bind") ?? "";
        var prefix = $"{BaseUrl}/users('";
        if (!bind.StartsWith(prefix, StringComparison.Ordinal) || !bind.EndsWith("')", StringComparison.Ordinal) || bind.Length <= prefix.Length + 2)
        {
            return Error(StatusCodes.Status400BadRequest, "BadRequest", "user@odata.bind must be {graph}/users('{id}').");
        }

        var userId = bind[prefix.Length..^2].Replace("''", "'", StringComparison.Ordinal);
        if (!_users.ContainsKey(userId))
        {
            return Error(StatusCodes.Status404NotFound, "NotFound", $"User {userId} was not found.");
        }

        member = new FakeGraphChatMember(userId, roles, bind);
        return null;
    }

    private IResult? InjectedFailure(FakeGraphChatOperation operation, HttpResponse response)
    {
        int status;
        int? retryAfter;
        lock (_chatLock)
        {
            if (!_chatFailures.TryGetValue(operation, out var plan) || plan.Remaining <= 0)
            {
                return null;
            }

            _chatFailures[operation] = plan with { Remaining = plan.Remaining - 1 };
            (status, retryAfter) = (plan.Status, plan.RetryAfterSeconds);
        }

        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }

        return status switch
        {
            StatusCodes.Status403Forbidden => Error(status, "Forbidden", $"Missing role permissions on the request for {operation}."),
            StatusCodes.Status429TooManyRequests => Error(status, "TooManyRequests", "Too many requests."),
            StatusCodes.Status503ServiceUnavailable => Error(status, "ServiceUnavailable", "The service is temporarily unavailable."),
            _ => Error(status, "InjectedFailure", $"Injected failure of {operation}."),
        };
    }

    private string StoreChat(string? topic, string chatType, List<FakeGraphChatMember> members)
    {
        var id = $"19:{Guid.NewGuid():N}@thread.v2";
        lock (_chatLock)
        {
            _chats.Add(new FakeGraphChat(id, topic, chatType, members, []));
        }

        return id;
    }

    private bool UpdateChat(string chatId, Func<FakeGraphChat, FakeGraphChat> change)
    {
        lock (_chatLock)
        {
            var index = _chats.FindIndex(c => c.Id == chatId);
            if (index < 0)
            {
                return false;
            }

            _chats[index] = change(_chats[index]);
            return true;
        }
    }

    private static string? StringProperty(JsonElement json, string name) =>
        json.ValueKind == JsonValueKind.Object && json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, object?> ChatJson(FakeGraphChat chat) => new()
    {
        ["id"] = chat.Id,
        ["topic"] = chat.Topic,
        ["chatType"] = chat.ChatType,
    };

    private static Dictionary<string, object?> MemberJson(FakeGraphChatMember member) => new()
    {
        ["@odata.type"] = AadUserMemberType,
        ["id"] = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(member.UserId)),
        ["roles"] = member.Roles,
        ["userId"] = member.UserId,
    };

    private static IResult ChatNotFound(string chatId) => Error(StatusCodes.Status404NotFound, "NotFound", $"Chat {chatId} was not found.");
}
