namespace SecurityBot.Policies.Search;

/// <summary>
/// Words too common in questions and policies to say anything about the topic ("can I use my...", "and", "or").
/// Query operators people type out of habit (AND, OR, NOT) are stop words too, so they are simply ignored.
/// </summary>
internal static class StopWords
{
    private static readonly HashSet<string> Words = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before",
        "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from", "get", "got", "had", "has",
        "have", "having", "he", "her", "here", "him", "his", "how", "i", "if", "im", "in", "into", "is", "it", "its",
        "just", "let", "lets", "may", "me", "might", "more", "most", "must", "my", "myself", "no", "nor", "not", "of",
        "off", "on", "once", "only", "or", "other", "our", "ours", "out", "own", "please", "same", "shall", "she",
        "should", "so", "some", "such", "than", "that", "the", "their", "them", "then", "there", "these", "they",
        "this", "those", "through", "to", "too", "under", "until", "up", "us", "very", "was", "we", "were", "what",
        "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours",
        "ok", "okay", "hi", "hello", "hey", "thanks", "thank", "allowed", "need", "want", "theres", "whats",
    };

    public static bool Contains(string word) => Words.Contains(word);
}
