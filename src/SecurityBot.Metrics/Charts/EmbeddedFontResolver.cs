using ScottPlot;
using SkiaSharp;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// Resolves <see cref="ChartStyle.Font"/> to the DejaVu Sans embedded in this assembly, so charts never depend on the
/// fonts of the machine (the runtime container has none, and SkiaSharp's dependency-free Linux assets read no font
/// configuration). Bold is drawn from the same regular face, emboldened by Skia.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private static readonly Lazy<SKTypeface> Face = new(Load);

    public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
        string.Equals(fontName, ChartStyle.Font, StringComparison.Ordinal) ? Face.Value : null;

    public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
        CreateTypeface(fontName, weight >= FontWeight.Bold, slant != FontSlant.Upright);

    private static SKTypeface Load()
    {
        using var stream = typeof(EmbeddedFontResolver).Assembly.GetManifestResourceStream("SecurityBot.Metrics.Charts.Fonts.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The chart font is not embedded.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException("The chart font could not be read.");
    }
}
