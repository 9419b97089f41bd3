using System.Text.RegularExpressions;

namespace SecurityBot.Policies.Teams;

/// <summary>
/// Decides whether a message that is not a command is a policy request: "show policy passwords", "open the USB
/// policy", or a clear question ("can I use a USB stick?") the library answers well. Conservative on purpose —
/// a chat message wrongly answered with policy clauses is worse than "I did not understand".
/// </summary>
internal static partial class PolicyFreeText
{
    /// <summary>
    /// Lowest BM25 score of the best section for a question to count as a policy question. Measured on the shipped
    /// library (PolicyFreeTextTests): employee questions score 9 and up ("can I take my laptop abroad?" 9.3, "can I
    /// use a USB stick?" 11.9), everyday questions that touch a policy word score under 7.5 ("is the meeting at 3?"
    /// 6.4, "can I get a new laptop?" 5.7, "what time is it?" 4.6).
    /// </summary>
    public const double MinQuestionScore = 8.0;

    /// <summary>Longer messages are stories (an incident, a request), not questions to look up.</summary>
    public const int MaxQuestionWords = 25;

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "can", "could", "may", "might", "should", "must", "shall", "how", "what", "what's", "whats", "who", "who's",
        "whom", "when", "where", "which", "why", "is", "are", "am", "do", "does", "will", "would",
    };

    /// <summary>The request in <paramref name="text"/>, or null when it is not clearly about the policies.</summary>
    public static PolicyRequest? Read(string? text, PolicyResponder responder)
    {
        ArgumentNullException.ThrowIfNull(responder);
        var message = PolicyQueryText.Bound(text);
        if (message.Length == 0)
        {
            return null;
        }

        var show = MatchShow(message);
        if (show is { Success: true })
        {
            // The user named the policies explicitly: answer even when no policy has that name.
            var name = show.Groups["name"].Value.Trim();
            return responder.Library.Find(name) is { } policy ? PolicyRequest.Show(policy) : PolicyRequest.Search(name);
        }

        if (!LooksLikeQuestion(message))
        {
            return null;
        }

        // A match that needed typo correction is a guess ("book a room" read as "boot"): fine after "policy", too
        // loose for a message that never mentioned the policies.
        var result = responder.Search(message, 1);
        return result.HasHits && result.Corrections.Count == 0 && result.Hits[0].Score >= MinQuestionScore
            ? PolicyRequest.Search(message)
            : null;
    }

    /// <summary>Ends with a question mark or starts with a question word, and is short enough to be one question.</summary>
    internal static bool LooksLikeQuestion(string message)
    {
        var words = message.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || words.Length > MaxQuestionWords)
        {
            return false;
        }

        // "can you send me the report?" asks someone to do something; policy questions are about what I or we may do.
        if (words[1].Equals("you", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return message.TrimEnd().EndsWith('?') || QuestionWords.Contains(words[0].TrimEnd(',', ':'));
    }

    /// <summary>Null when the match ran out of time: user text must never turn into an exception.</summary>
    private static Match? MatchShow(string message)
    {
        try
        {
            return ShowPolicy().Match(message);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    // "show policy passwords", "show me the security policy on encryption", "open the USB policy", "display policies about travel".
    [GeneratedRegex(
        @"^(?:please\s+)?(?:show|open|display|find)(?:\s+me)?(?:\s+the)?\s+(?:(?:security\s+)?polic(?:y|ies)\s+(?:(?:on|about|for)\s+)?(?<name>.+?)|(?<name>.+?)\s+(?:security\s+)?polic(?:y|ies))(?:\s+please)?\s*[.!?]*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex ShowPolicy();
}
