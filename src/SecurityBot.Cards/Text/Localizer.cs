using System.Globalization;
using System.Resources;

namespace SecurityBot.Cards;

/// <summary>
/// A capability's card text in one reader's language: its resource file (English, the neutral one) or the file for
/// the reader's Teams locale ("de" for de-DE, de-AT…), falling back to English text by text. Keys are the resource
/// class's generated property names, taken with <c>nameof</c> so a missing key fails the build; the generated
/// static properties themselves are not used (they read one process-wide culture, and a fan-out renders many).
/// </summary>
public sealed class Localizer
{
    private readonly ResourceManager _resources;

    public Localizer(ResourceManager resources, CultureInfo culture)
    {
        _resources = resources ?? throw new ArgumentNullException(nameof(resources));
        Culture = culture ?? throw new ArgumentNullException(nameof(culture));
    }

    /// <summary>The reader's locale: the language of the text, and how numbers and dates are written.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The text named <paramref name="key"/>.</summary>
    public string this[string key] =>
        _resources.GetString(key, Culture) ?? throw new MissingManifestResourceException($"No text '{key}' in {_resources.BaseName}.");

    /// <summary>The text named <paramref name="key"/>, or null when the resource file has none (a key made from data).</summary>
    public string? Find(string key) => _resources.GetString(key, Culture);

    /// <summary>The text named <paramref name="key"/> with its placeholders filled, numbers written for the locale.</summary>
    public string Format(string key, params object?[] args) => string.Format(Culture, this[key], args);

    /// <summary>
    /// The text for <paramref name="code"/> when the resource file has one ("Error_" + code), else
    /// <paramref name="fallback"/> (the English message the domain wrote): a problem nobody translated is still said.
    /// </summary>
    public string OrFallback(string? code, IReadOnlyList<object>? args, string fallback)
    {
        var text = code is null ? null : _resources.GetString("Error_" + code, Culture);
        return text is null ? fallback : string.Format(Culture, text, [.. args ?? []]);
    }
}
