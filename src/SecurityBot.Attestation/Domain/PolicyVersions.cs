namespace SecurityBot.Attestation.Domain;

/// <summary>
/// Orders the versions policy authors write ("3.0", "3.10", "2026-2", "v9"): runs of digits compare as numbers,
/// everything else ordinally, so "3.10" is newer than "3.9" and "v10" newer than "v9".
/// </summary>
internal static class PolicyVersions
{
    /// <summary>Whether <paramref name="candidate"/> is a later version than <paramref name="than"/>.</summary>
    public static bool IsNewer(string candidate, string than) => Compare(candidate, than) > 0;

    public static int Compare(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            if (char.IsAsciiDigit(a[i]) && char.IsAsciiDigit(b[j]))
            {
                var (startA, startB) = (i, j);
                while (i < a.Length && char.IsAsciiDigit(a[i]))
                {
                    i++;
                }

                while (j < b.Length && char.IsAsciiDigit(b[j]))
                {
                    j++;
                }

                var order = CompareDigits(a.AsSpan(startA, i - startA), b.AsSpan(startB, j - startB));
                if (order != 0)
                {
                    return order;
                }

                continue;
            }

            var chars = a[i].CompareTo(b[j]);
            if (chars != 0)
            {
                return chars;
            }

            i++;
            j++;
        }

        return (a.Length - i).CompareTo(b.Length - j);
    }

    // Any length of digits: leading zeros ignored, then the longer number is the larger.
    private static int CompareDigits(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        a = a.TrimStart('0');
        b = b.TrimStart('0');
        return a.Length != b.Length ? a.Length.CompareTo(b.Length) : a.SequenceCompareTo(b);
    }
}
