using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SecurityBot.Cards;

/// <summary>A column width: "auto", "stretch", a relative weight (a number) or pixels ("80px").</summary>
[JsonConverter(typeof(ColumnWidthJsonConverter))]
public readonly record struct ColumnWidth
{
    private ColumnWidth(string? keyword, int weight, int pixels) => (Keyword, Weight, Pixels) = (keyword, weight, pixels);

    /// <summary>As wide as the content.</summary>
    public static ColumnWidth Auto { get; } = new("auto", 0, 0);

    /// <summary>Takes the remaining width.</summary>
    public static ColumnWidth Stretch { get; } = new("stretch", 0, 0);

    internal string? Keyword { get; }
    internal int Weight { get; }
    internal int Pixels { get; }

    /// <summary>A share of the width relative to the other weighted columns (also valid for table columns).</summary>
    public static ColumnWidth Relative(int weight) =>
        weight > 0 ? new(null, weight, 0) : throw new ArgumentOutOfRangeException(nameof(weight), weight, "Weight must be positive.");

    /// <summary>A fixed width in pixels (also valid for table columns).</summary>
    public static ColumnWidth FixedPixels(int pixels) =>
        pixels > 0 ? new(null, 0, pixels) : throw new ArgumentOutOfRangeException(nameof(pixels), pixels, "Pixels must be positive.");

    public override string ToString() =>
        Keyword ?? (Weight > 0 ? Weight.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{Pixels}px"));

    private sealed class ColumnWidthJsonConverter : JsonConverter<ColumnWidth>
    {
        public override ColumnWidth Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Card content is written, not read.");

        public override void Write(Utf8JsonWriter writer, ColumnWidth value, JsonSerializerOptions options)
        {
            if (value.Weight > 0)
            {
                writer.WriteNumberValue(value.Weight);
            }
            else
            {
                writer.WriteStringValue(value.ToString());
            }
        }
    }
}
