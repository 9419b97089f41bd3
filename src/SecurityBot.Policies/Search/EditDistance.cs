namespace SecurityBot.Policies.Search;

/// <summary>
/// Optimal-string-alignment distance (Levenshtein plus adjacent transposition, so "pasword" and "passwrod" are one
/// edit from "password"), abandoned as soon as it must exceed the bound — most vocabulary words are rejected after
/// a row or two.
/// </summary>
internal static class EditDistance
{
    /// <summary>The distance, or <paramref name="max"/> + 1 when it is larger than <paramref name="max"/>.</summary>
    public static int Bounded(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        if (a.Length == 0 || b.Length == 0)
        {
            return Math.Max(a.Length, b.Length);
        }

        Span<int> twoBack = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    value = Math.Min(value, twoBack[j - 2] + 1);
                }

                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            var recycled = twoBack;
            twoBack = previous;
            previous = current;
            current = recycled;
        }

        return Math.Min(previous[b.Length], max + 1);
    }
}
