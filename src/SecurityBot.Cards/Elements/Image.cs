namespace SecurityBot.Cards;

/// <summary>An image from an https URL (or a data: URI). Always give <see cref="AltText"/>.</summary>
public sealed class Image(Uri url, string altText) : CardElement
{
    public Uri Url { get; } = url ?? throw new ArgumentNullException(nameof(url));
    public string AltText { get; } = altText ?? throw new ArgumentNullException(nameof(altText));
    public ImageSize? Size { get; set; }
    public ImageStyle? Style { get; set; }
    public HorizontalAlignment? HorizontalAlignment { get; set; }
}
