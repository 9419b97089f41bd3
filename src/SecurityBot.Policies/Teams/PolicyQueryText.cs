namespace SecurityBot.Policies.Teams;

/// <summary>Bounds and tidies a question before it is searched, shown or carried in card data.</summary>
internal static class PolicyQueryText
{
    /// <summary>The index reads at most 500 characters; card data and "You asked" need far less.</summary>
    public const int MaxChars = 300;

    /// <summary>Collapses whitespace (line breaks included) and cuts at <see cref="MaxChars"/> without splitting a surrogate pair.</summary>
    public static string Bound(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= MaxChars)
        {
            return collapsed;
        }

        var length = char.IsHighSurrogate(collapsed[MaxChars - 1]) ? MaxChars - 1 : MaxChars;
        return collapsed[..length];
    }
}
