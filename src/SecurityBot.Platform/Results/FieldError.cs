namespace SecurityBot.Platform.Results;

/// <summary>
/// One invalid field of a submitted form: <see cref="Field"/> is the form input id, <see cref="Message"/> says how to
/// fix it in words the person can act on. Every capability's form validation answers with a list of these, one per
/// bad field, so a form can show every problem at once. <see cref="Code"/> lets a card say it in the reader's language.
/// </summary>
public sealed record FieldError(string Field, string Message)
{
    /// <summary>Names the problem for a card in another language ("description.tooShort"); null when only the English message exists.</summary>
    public string? Code { get; init; }

    /// <summary>The numbers the message quotes (limits, lengths), in the order the translated text uses them.</summary>
    public IReadOnlyList<object>? Arguments { get; init; }
}
