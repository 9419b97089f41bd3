using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace SecurityBot.Testing.Graph;

/// <summary>
/// GET /users as Graph answers it: $filter of eq (and, with the advanced query parameters, ne) clauses joined by "and"
/// on accountEnabled, userType, department, displayName, jobTitle, userPrincipalName and id, string values compared
/// case-insensitively; $top of 1–999 (capped at <see cref="PageSize"/>) and an absolute @odata.nextLink that keeps
/// the query. What Graph only answers as an advanced query (ne, eq null) is refused with 400 unless the request has
/// both ConsistencyLevel: eventual and $count=true; $count=true without the header is ignored, as Graph does.
/// </summary>
public sealed partial class FakeGraphServer
{
    private const int GraphMaxUsersPageSize = 999;

    private static readonly Dictionary<string, Func<FakeGraphUser, object?>> FilterableUserProperties = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = u => u.Id,
        ["accountEnabled"] = u => u.AccountEnabled,
        ["userType"] = u => u.UserType,
        ["department"] = u => u.Department,
        ["displayName"] = u => u.DisplayName,
        ["jobTitle"] = u => u.JobTitle,
        ["userPrincipalName"] = u => u.UserPrincipalName,
    };

    private IResult ListUsers(HttpRequest request)
    {
        var advanced = string.Equals(request.Headers["ConsistencyLevel"].ToString(), "eventual", StringComparison.OrdinalIgnoreCase)
            && string.Equals(request.Query["$count"].ToString(), "true", StringComparison.OrdinalIgnoreCase);
        var filter = request.Query["$filter"].ToString();
        if (!TryParseUserFilter(filter, advanced, out var predicate, out var refusal))
        {
            return refusal!;
        }

        var top = PageSize;
        if (request.Query.ContainsKey("$top"))
        {
            if (!int.TryParse(request.Query["$top"], out var requested) || requested is < 1 or > GraphMaxUsersPageSize)
            {
                return Error(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", $"Invalid page size specified: '{request.Query["$top"]}'. Must be between 1 and 999 inclusive.");
            }

            top = Math.Min(requested, PageSize);
        }

        var skip = int.TryParse(request.Query["$skiptoken"], out var offset) ? offset : 0;
        var all = _users.Values.Where(predicate!).OrderBy(u => u.Id, StringComparer.Ordinal).ToList();
        var body = new Dictionary<string, object?>();
        if (advanced)
        {
            body["@odata.count"] = all.Count;
        }

        body["value"] = all.Skip(skip).Take(top).Select(UserJson).ToList();
        if (skip + top < all.Count)
        {
            // Absolute and carrying the whole query, like Graph's: the client follows it as-is.
            var query = request.Query.Where(q => q.Key != "$skiptoken" && q.Key != "$top")
                .Select(q => $"{q.Key}={Uri.EscapeDataString(q.Value.ToString())}")
                .Append($"$top={top}")
                .Append($"$skiptoken={skip + top}");
            body["@odata.nextLink"] = $"{NextLinkBaseUrl ?? BaseUrl}/users?{string.Join('&', query)}";
        }

        return Results.Json(body);
    }

    private static bool TryParseUserFilter(string filter, bool advanced, out Func<FakeGraphUser, bool>? predicate, out IResult? refusal)
    {
        var clauses = new List<Func<FakeGraphUser, bool>>();
        predicate = null;
        refusal = null;
        var position = 0;
        while (position < filter.Length)
        {
            var match = FilterClause().Match(filter, position);
            if (!match.Success || match.Index != position)
            {
                refusal = Error(StatusCodes.Status400BadRequest, "BadRequest", $"Invalid filter clause: syntax error at position {position} in '{filter}'.");
                return false;
            }

            var property = match.Groups["property"].Value;
            var op = match.Groups["op"].Value.ToLowerInvariant();
            var literal = match.Groups["value"].Value;
            var isNull = string.Equals(literal, "null", StringComparison.OrdinalIgnoreCase);
            if (!FilterableUserProperties.TryGetValue(property, out var read) || ((op == "ne" || isNull) && !advanced))
            {
                refusal = Error(StatusCodes.Status400BadRequest, "Request_UnsupportedQuery", $"Unsupported or invalid query filter clause specified for property '{property}' of resource 'User'.");
                return false;
            }

            object? expected = isNull ? null
                : literal.StartsWith('\'') ? literal[1..^1].Replace("''", "'", StringComparison.Ordinal)
                : bool.Parse(literal);
            var equal = (FakeGraphUser u) => Equal(read(u), expected);
            clauses.Add(op == "eq" ? equal : u => !equal(u));
            position = match.Index + match.Length;
        }

        predicate = u => clauses.TrueForAll(c => c(u));
        return true;
    }

    private static bool Equal(object? actual, object? expected) => (actual, expected) switch
    {
        (null, null) => true,
        (string a, string e) => string.Equals(a, e, StringComparison.OrdinalIgnoreCase),
        (bool a, bool e) => a == e,
        _ => false,
    };

    [GeneratedRegex(@"\G\s*(?<property>\w+)\s+(?<op>eq|ne)\s+(?<value>true|false|null|'(?:[^']|'')*')(?:\s+and\s+|\s*$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FilterClause();
}
