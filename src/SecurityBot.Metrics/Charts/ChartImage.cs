namespace SecurityBot.Metrics.Charts;

/// <summary>
/// A chart as a card shows it: <see cref="Url"/> is a data URI or a signed link; <see cref="AltText"/> says what the
/// chart says, for readers and clients that show no image (put it in the Image's altText and as fallback text).
/// </summary>
internal sealed record ChartImage(string Url, string AltText, int PngBytes, bool Inline);
