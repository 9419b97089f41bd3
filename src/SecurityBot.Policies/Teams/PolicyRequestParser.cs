namespace SecurityBot.Policies.Teams;

/// <summary>
/// Reads what follows "policy" / "policies": nothing or "list" lists the library, "status" shows the load report,
/// a policy id ("passwords") or "show &lt;name&gt;" shows that policy, anything else is a question.
/// </summary>
internal static class PolicyRequestParser
{
    // Longest first: "show policy x" must not leave "policy x" as the name.
    private static readonly string[] ShowPrefixes =
        ["show me the ", "show the ", "show policy ", "show ", "open policy ", "open the ", "open ", "display "];

    private static readonly char[] Quotes = ['"', '\'', '“', '”', '‘', '’', '«', '»', '`'];

    /// <param name="arguments">The text after the command word, as typed (untrusted, any length).</param>
    /// <param name="library">Used to tell a policy id or name from a question.</param>
    public static PolicyRequest Parse(string? arguments, IPolicyLibrary library)
    {
        ArgumentNullException.ThrowIfNull(library);
        var text = PolicyQueryText.Bound(arguments);
        var bare = Unquote(text);
        if (bare.Length == 0 || bare.Equals("list", StringComparison.OrdinalIgnoreCase) || bare.Equals("all", StringComparison.OrdinalIgnoreCase))
        {
            return PolicyRequest.Library;
        }

        if (bare.Equals("status", StringComparison.OrdinalIgnoreCase))
        {
            return PolicyRequest.Status;
        }

        if (StripShow(bare) is { } name)
        {
            // "show passwords" names a policy; when no policy has that name the words are still worth searching.
            return library.Find(name) is { } named ? PolicyRequest.Show(named) : PolicyRequest.Search(name);
        }

        // A bare id ("policy removable-media") shows the policy; anything else, "policy usb" included, is a question.
        if (!bare.Contains(' ', StringComparison.Ordinal) && ById(library, bare) is { } byId)
        {
            return PolicyRequest.Show(byId);
        }

        return PolicyRequest.Search(text);
    }

    /// <summary>"show passwords", "show policy passwords" → "passwords"; null when the text is not a show request.</summary>
    internal static string? StripShow(string text)
    {
        foreach (var prefix in ShowPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && text.Length > prefix.Length)
            {
                var name = Unquote(text[prefix.Length..]);
                return name.Length > 0 ? name : null;
            }
        }

        return null;
    }

    internal static Policy? ById(IPolicyLibrary library, string id) =>
        library.Policies.FirstOrDefault(p => p.Id.Equals(id.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Drops quotes around the whole text ("policy \"passwords\""), which people paste from documents.</summary>
    private static string Unquote(string text) => text.Trim().Trim(Quotes).Trim();
}
