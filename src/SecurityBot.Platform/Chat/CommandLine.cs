namespace SecurityBot.Platform.Chat;

/// <summary>Splits what the user typed into a lower-case verb and the rest.</summary>
public static class CommandLine
{
    /// <summary>Commands and their arguments are bounded: longer text is not a command anyone types.</summary>
    public const int MaxLength = 4000;

    public static (string Verb, string Arguments) Parse(string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length > MaxLength)
        {
            trimmed = trimmed[..MaxLength];
        }

        var space = trimmed.IndexOfAny([' ', '\t', '\r', '\n']);
        var verb = space < 0 ? trimmed : trimmed[..space];
        var arguments = space < 0 ? string.Empty : trimmed[(space + 1)..].Trim();
        return (verb.TrimEnd('?', '!', '.', ':').ToLowerInvariant(), arguments);
    }
}
