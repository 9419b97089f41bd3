using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Search;

namespace SecurityBot.Benchmarks.Policies;

/// <summary>
/// A deterministic synthetic library of any size: sections built from the starter library's own words (so term
/// frequencies look like real policies) plus a long tail of made-up words (so the vocabulary is large, as it would be
/// across hundreds of real documents).
/// </summary>
internal static class PolicyCorpusGenerator
{
    private const int SectionsPerPolicy = 10;
    private const int SyntheticVocabularySize = 20_000;

    public static IReadOnlyList<Policy> Generate(IReadOnlyList<Policy> seed, int sectionCount, int randomSeed = 42)
    {
        var random = new Random(randomSeed);
        var realWords = seed
            .SelectMany(p => p.Sections)
            .SelectMany(s => Tokenizer.Tokenize(s.Heading + " " + s.Text))
            .Select(t => t.Word)
            .ToArray();
        var syntheticWords = Enumerable.Range(0, SyntheticVocabularySize).Select(_ => SyntheticWord(random)).ToArray();

        string Words(int count)
        {
            var words = new string[count];
            for (var i = 0; i < count; i++)
            {
                // 85% real policy words; the rest from a Zipf-like long tail of invented words.
                words[i] = random.NextDouble() < 0.85
                    ? realWords[random.Next(realWords.Length)]
                    : syntheticWords[(int)(SyntheticVocabularySize * Math.Pow(random.NextDouble(), 3))];
            }

            return string.Join(' ', words);
        }

        var policies = new List<Policy>();
        for (var p = 0; policies.Count * SectionsPerPolicy < sectionCount; p++)
        {
            var sections = new List<PolicySection>();
            for (var s = 0; s < SectionsPerPolicy; s++)
            {
                var number = s % 3 == 0 ? $"{(s / 3) + 1}" : $"{(s / 3) + 1}.{s % 3}";
                sections.Add(new PolicySection(number, Words(random.Next(2, 6)), Words(random.Next(60, 140)) + "."));
            }

            policies.Add(new Policy(
                $"generated-{p:D5}",
                Words(3) + " policy",
                "1.0",
                "Benchmark",
                new DateOnly(2026, 1, 1),
                new DateOnly(2027, 1, 1),
                PolicyClassification.Internal,
                Words(3).Split(' '),
                null,
                sections));
        }

        return policies;
    }

    private static string SyntheticWord(Random random)
    {
        const string consonants = "bcdfghjklmnprstvz";
        const string vowels = "aeiou";
        var syllables = random.Next(2, 4);
        var chars = new char[syllables * 2];
        for (var i = 0; i < syllables; i++)
        {
            chars[i * 2] = consonants[random.Next(consonants.Length)];
            chars[(i * 2) + 1] = vowels[random.Next(vowels.Length)];
        }

        return new string(chars);
    }
}
