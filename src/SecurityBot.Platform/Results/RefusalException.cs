namespace SecurityBot.Platform.Results;

/// <summary>
/// A domain object refused a change (wrong state, wrong person, missing comment) before changing itself; the
/// message says why in words for the person who asked. The use case answers it with <see cref="UseCaseStatus.Refused"/>
/// (or the capability's closer status) and the message, and nothing is saved.
/// </summary>
public sealed class RefusalException : InvalidOperationException
{
    public RefusalException()
    {
    }

    public RefusalException(string message) : base(message)
    {
    }

    public RefusalException(string message, Exception innerException) : base(message, innerException)
    {
    }
}
