using System.Globalization;

namespace SecurityBot.Crisis.Domain;

/// <summary>
/// Reads the review card's follow-up box: one action per line, "owner e-mail | YYYY-MM-DD | what". Blank lines are
/// skipped; every bad line gets its own error naming the line, so the person fixes them all in one go.
/// </summary>
internal static class FollowUpLines
{
    public const int MaxActions = 30;
    public const int MaxEmailLength = 320;

    public const string Format = "owner e-mail | YYYY-MM-DD | what";

    /// <summary>Parses <paramref name="text"/>; due dates before <paramref name="today"/> (UTC) are refused. True when no line is wrong.</summary>
    public static bool TryParse(string? text, DateOnly today, out IReadOnlyList<FollowUpLine> lines, out IReadOnlyList<string> errors)
    {
        var parsed = new List<FollowUpLine>();
        var problems = new List<string>();
        var all = (text ?? string.Empty).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < all.Length; i++)
        {
            var line = all[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (ParseLine(i + 1, line, today, out var error) is { } action)
            {
                parsed.Add(action);
            }
            else
            {
                problems.Add($"Line {i + 1}: {error}");
            }
        }

        if (parsed.Count + problems.Count > MaxActions)
        {
            problems.Insert(0, $"At most {MaxActions} follow-up actions; there are {parsed.Count + problems.Count}.");
        }

        lines = parsed;
        errors = problems;
        return problems.Count == 0;
    }

    private static FollowUpLine? ParseLine(int number, string line, DateOnly today, out string? error)
    {
        var parts = line.Split('|', 3, StringSplitOptions.TrimEntries);
        if (parts.Length < 3)
        {
            error = $"expected \"{Format}\" (three parts separated by |).";
            return null;
        }

        var (email, dueText, what) = (parts[0], parts[1], parts[2]);
        var dated = DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due);
        error = email.Length == 0 ? "the owner's e-mail address is missing."
            : email.Length > MaxEmailLength || email.Contains(' ', StringComparison.Ordinal) || email.IndexOf('@', StringComparison.Ordinal) is <= 0
                || email.EndsWith('@') ? $"\"{Clip(email)}\" is not an e-mail address."
            : !dated ? $"\"{Clip(dueText)}\" is not a date: write it as YYYY-MM-DD."
            : due < today ? $"{due:yyyy-MM-dd} is in the past."
            : what.Length == 0 ? "say what is to be done after the second |."
            : what.Length > FollowUpAction.MaxTextLength ? $"the action is {what.Length} characters; at most {FollowUpAction.MaxTextLength}."
            : null;
        return error is null ? new FollowUpLine(number, email, due, what) : null;
    }

    private static string Clip(string text) => text.Length > 60 ? text[..59] + "…" : text;
}
