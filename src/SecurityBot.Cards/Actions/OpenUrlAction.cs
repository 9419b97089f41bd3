namespace SecurityBot.Cards;

/// <summary>Opens a link. Only http(s) URLs are accepted, so a stored value cannot become a javascript: link.</summary>
public sealed class OpenUrlAction : CardAction
{
    public OpenUrlAction(string title, Uri url)
        : base(title)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("Only absolute http(s) URLs can be opened from a card.", nameof(url));
        }

        Url = url;
    }

    public Uri Url { get; }
}
