using System.Buffers.Binary;
using SkiaSharp;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>Reads a PNG the way a client would: signature, IHDR size, and the decoded pixels.</summary>
internal static class PngAssertions
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static void ShouldBePng(byte[] png, int width, int height)
    {
        png.AsSpan(0, 8).ToArray().Should().Equal(Signature);
        System.Text.Encoding.ASCII.GetString(png, 12, 4).Should().Be("IHDR");
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).Should().Be(width);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).Should().Be(height);
    }

    /// <summary>The share of pixels that are not the white background.</summary>
    public static double InkShare(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        bitmap.Should().NotBeNull("the PNG decodes");
        var ink = bitmap.Pixels.Count(p => p.Red < 240 || p.Green < 240 || p.Blue < 240);
        return (double)ink / bitmap.Pixels.Length;
    }

    /// <summary>Pixels close to <paramref name="colour"/>: shows a given fill was drawn.</summary>
    public static int PixelsNear(byte[] png, SKColor colour)
    {
        using var bitmap = SKBitmap.Decode(png);
        return bitmap.Pixels.Count(p => Math.Abs(p.Red - colour.Red) < 8 && Math.Abs(p.Green - colour.Green) < 8 && Math.Abs(p.Blue - colour.Blue) < 8);
    }
}
