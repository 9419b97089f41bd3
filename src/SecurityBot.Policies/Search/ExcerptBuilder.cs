namespace SecurityBot.Policies.Search;

/// <summary>
/// Picks the passage of a section that best answers the question — the sentence with the most distinct matched
/// terms, plus what follows while it fits — and marks the matched words.
/// </summary>
internal sealed class ExcerptBuilder(TextAnalyzer analyzer, int maxLength = 280)
{
    private const string Ellipsis = "…";

    public PolicyExcerpt Build(string text, IReadOnlySet<string> queryTerms)
    {
        text ??= string.Empty;
        var matches = MatchedSpans(text, queryTerms);
        if (text.Length <= maxLength)
        {
            return new PolicyExcerpt(text, matches.Select(m => m.Span).ToArray());
        }

        var (start, end) = BestWindow(text, matches);
        var prefix = start > 0 ? Ellipsis : string.Empty;
        var suffix = end < text.Length ? Ellipsis : string.Empty;
        var excerpt = prefix + text[start..end].Trim() + suffix;
        var shift = prefix.Length - start - (text[start..end].Length - text[start..end].TrimStart().Length);
        var highlights = matches
            .Where(m => m.Span.Start >= start && m.Span.End <= end)
            .Select(m => new TextSpan(m.Span.Start + shift, m.Span.Length))
            .Where(s => s.Start >= prefix.Length && s.End <= excerpt.Length - suffix.Length)
            .ToArray();
        return new PolicyExcerpt(excerpt, highlights);
    }

    private List<(TextSpan Span, string Term)> MatchedSpans(string text, IReadOnlySet<string> queryTerms)
    {
        var words = analyzer.Words(text);
        var spans = new List<(TextSpan Span, string Term)>();
        var marked = new bool[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            if (queryTerms.Contains(words[i].Stem))
            {
                marked[i] = true;
                spans.Add((new TextSpan(words[i].Token.Start, words[i].Token.Length), words[i].Stem));
            }
        }

        foreach (var match in analyzer.Synonyms.Match(words))
        {
            if (!queryTerms.Contains(match.ConceptTerm))
            {
                continue;
            }

            for (var i = match.FirstWord; i <= match.LastWord; i++)
            {
                if (!marked[i])
                {
                    marked[i] = true;
                    spans.Add((new TextSpan(words[i].Token.Start, words[i].Token.Length), match.ConceptTerm));
                }
            }
        }

        spans.Sort((x, y) => x.Span.Start.CompareTo(y.Span.Start));
        return spans;
    }

    private (int Start, int End) BestWindow(string text, List<(TextSpan Span, string Term)> matches)
    {
        var sentences = Sentences(text);
        var best = 0;
        var bestScore = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var (s, e) = sentences[i];
            var score = matches.Where(m => m.Span.Start >= s && m.Span.End <= e).Select(m => m.Term).Distinct().Count();
            if (score > bestScore)
            {
                best = i;
                bestScore = score;
            }
        }

        var start = sentences[best].Start;
        var end = sentences[best].End;
        for (var next = best + 1; next < sentences.Count && sentences[next].End - start <= maxLength; next++)
        {
            end = sentences[next].End;
        }

        if (end - start <= maxLength)
        {
            return (start, end);
        }

        // One very long sentence: centre a window on its first match, cut at word boundaries.
        var firstMatch = matches.FirstOrDefault(m => m.Span.Start >= start && m.Span.End <= end).Span.Start;
        var windowStart = Math.Max(start, Math.Max(firstMatch, start) - (maxLength / 4));
        while (windowStart > start && !char.IsWhiteSpace(text[windowStart - 1]))
        {
            windowStart--;
        }

        var windowEnd = Math.Min(end, windowStart + maxLength);
        while (windowEnd < end && windowEnd > windowStart + 1 && !char.IsWhiteSpace(text[windowEnd]))
        {
            windowEnd--;
        }

        return (windowStart, windowEnd);
    }

    private static List<(int Start, int End)> Sentences(string text)
    {
        var sentences = new List<(int Start, int End)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var boundary = text[i] == '\n'
                || (text[i] is '.' or '!' or '?' or ';' && i + 1 < text.Length && char.IsWhiteSpace(text[i + 1]));
            if (boundary)
            {
                sentences.Add((start, i + 1));
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            sentences.Add((start, text.Length));
        }

        return sentences.Where(s => !string.IsNullOrWhiteSpace(text[s.Start..s.End])).DefaultIfEmpty((0, text.Length)).ToList();
    }
}
