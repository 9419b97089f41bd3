namespace SecurityBot.Platform.Directory;

/// <summary>
/// The bot's app could not be installed for a user (e.g. the Graph permission is not granted, or a Teams policy
/// blocks the app); the proactive message cannot be delivered until an admin acts.
/// </summary>
public sealed class TeamsAppInstallationException : Exception
{
    public TeamsAppInstallationException(string message, int? statusCode, Exception? innerException)
        : base(message, innerException) => StatusCode = statusCode;

    public TeamsAppInstallationException()
    {
    }

    public TeamsAppInstallationException(string message) : base(message)
    {
    }

    public TeamsAppInstallationException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>The HTTP status the directory answered with, when there was one.</summary>
    public int? StatusCode { get; }
}
