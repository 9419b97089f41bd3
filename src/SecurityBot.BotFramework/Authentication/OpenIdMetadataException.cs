namespace SecurityBot.BotFramework.Authentication;

/// <summary>The channel token issuer's OpenID metadata or key set could not be fetched or read.</summary>
public sealed class OpenIdMetadataException : Exception
{
    public OpenIdMetadataException()
    {
    }

    public OpenIdMetadataException(string message)
        : base(message)
    {
    }

    public OpenIdMetadataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
