namespace SecurityBot.Platform.Results;

/// <summary>
/// One invalid field of a submitted form: <see cref="Field"/> is the form input id, <see cref="Message"/> says how to
/// fix it in words the person can act on. Every capability's form validation answers with a list of these, one per
/// bad field, so a form can show every problem at once.
/// </summary>
public sealed record FieldError(string Field, string Message);
