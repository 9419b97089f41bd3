using ScottPlot;
using SkiaSharp;

namespace SecurityBot.Metrics.Charts;

/// <summary>
/// What every chart shares: a white background, no grid, one font embedded in the assembly (so the same figures
/// draw the same bytes on every machine), and the PNG encoding.
/// </summary>
internal static class ChartStyle
{
    public const string Font = "SecurityBot Charts Sans";

    private static readonly Lazy<bool> FontRegistered = new(() =>
    {
        // ScottPlot's resolvers are process-wide; registering once (thread-safe through Lazy) is enough.
        Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
        return true;
    });

    public static void Apply(Plot plot)
    {
        ArgumentNullException.ThrowIfNull(plot);
        _ = FontRegistered.Value;
        plot.FigureBackground.Color = Colors.White;
        plot.DataBackground.Color = Colors.White;
        plot.Font.Set(Font);
        plot.HideGrid();
    }

    /// <summary>
    /// The plot as PNG at the strongest compression: a card inlines an image only when it is small
    /// (MetricsLinkOptions.DataUriBudgetBytes), and ScottPlot's own encoding is about a third larger.
    /// </summary>
    public static byte[] Png(Plot plot, int width, int height)
    {
        ArgumentNullException.ThrowIfNull(plot);
        var image = plot.GetImage(width, height);
        using var decoded = SKBitmap.Decode(image.GetImageBytes(ImageFormat.Png));

        // Opaque: the PNG then carries RGB without an alpha channel, a quarter fewer bytes before compression.
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.DrawBitmap(decoded, 0, 0);
        }

        Posterize(bitmap);
        using var pixmap = bitmap.PeekPixels();
        using var data = pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 9))
            ?? throw new InvalidOperationException("SkiaSharp could not encode the chart as PNG.");
        return data.ToArray();
    }

    /// <summary>
    /// Rounds every channel to one of 18 levels (multiples of 15): the anti-aliased edges of text and bars then
    /// repeat instead of each being a new colour, which compresses far better; no one sees the difference.
    /// </summary>
    private static void Posterize(SKBitmap bitmap)
    {
        var pixels = bitmap.GetPixelSpan();
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)((pixels[i] + 7) / 15 * 15);
        }
    }
}
