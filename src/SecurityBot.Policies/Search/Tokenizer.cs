using System.Globalization;

namespace SecurityBot.Policies.Search;

/// <summary>
/// Splits text into lower-case words of letters and digits. Everything else — quotes, brackets, operators such as
/// AND/OR/NEAR or '*', emoji — is a separator, so no user text has special meaning here.
/// </summary>
internal static class Tokenizer
{
    /// <summary>Longer "words" are noise (hashes, base64) and would only bloat the vocabulary.</summary>
    public const int MaxWordLength = 40;

    public static List<Token> Tokenize(string? text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<Token>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var buffer = new char[MaxWordLength];
        var i = 0;
        while (i < text.Length && tokens.Count < maxTokens)
        {
            if (!IsWordChar(text, i))
            {
                i++;
                continue;
            }

            var start = i;
            var length = 0;
            var tooLong = false;
            while (i < text.Length && (IsWordChar(text, i) || IsInnerApostrophe(text, i)))
            {
                // Apostrophes are dropped inside a word so "don't" and "dont" are the same word.
                if (!IsInnerApostrophe(text, i))
                {
                    if (length < MaxWordLength)
                    {
                        buffer[length++] = char.ToLowerInvariant(text[i]);
                    }
                    else
                    {
                        tooLong = true;
                    }
                }

                i++;
            }

            if (!tooLong && length > 0)
            {
                tokens.Add(new Token(new string(buffer, 0, length), start, i - start));
            }
        }

        return tokens;
    }

    private static bool IsWordChar(string text, int i)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(text[i]);
        return category is UnicodeCategory.LowercaseLetter or UnicodeCategory.UppercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.OtherLetter or UnicodeCategory.ModifierLetter
            or UnicodeCategory.DecimalDigitNumber;
    }

    private static bool IsInnerApostrophe(string text, int i) =>
        text[i] is '\'' or '\u2019' && i > 0 && i + 1 < text.Length && IsWordChar(text, i - 1) && IsWordChar(text, i + 1);
}
