namespace SecurityBot.Policies.Domain;

/// <summary>
/// A policy document breaks a rule of the library (missing id, review before effective date, duplicate section...).
/// The message is written for the administrator who has to fix the file.
/// </summary>
internal sealed class InvalidPolicyException : Exception
{
    public InvalidPolicyException(string reason) : base(reason) { }

    public InvalidPolicyException(string reason, Exception inner) : base(reason, inner) { }
}
