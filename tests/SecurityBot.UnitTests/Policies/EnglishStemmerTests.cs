using SecurityBot.Policies.Search;

namespace SecurityBot.UnitTests.Policies;

public class EnglishStemmerTests
{
    [Theory]
    // Reference outputs of Porter's algorithm (from his published vocabulary/output pairs).
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("feed", "feed")]
    [InlineData("agreed", "agre")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("sing", "sing")]
    [InlineData("conflated", "conflat")]
    [InlineData("troubled", "troubl")]
    [InlineData("sized", "size")]
    [InlineData("hopping", "hop")]
    [InlineData("falling", "fall")]
    [InlineData("filing", "file")]
    [InlineData("happy", "happi")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("generalization", "gener")]
    [InlineData("hopefulness", "hope")]
    [InlineData("electrical", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("controlling", "control")]
    public void Stem_PorterReferenceWords_MatchReferenceOutput(string word, string expected)
    {
        EnglishStemmer.Stem(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("passwords", "password")]
    [InlineData("encrypted", "encrypt")]
    [InlineData("encryption", "encrypt")]
    [InlineData("reporting", "report")]
    [InlineData("reported", "report")]
    public void Stem_PolicyVocabularyVariants_ShareAStem(string word, string expected)
    {
        EnglishStemmer.Stem(word).Should().Be(expected);
    }

    [Theory]
    [InlineData("2fa")]
    [InlineData("usb")]
    [InlineData("tls1")]
    [InlineData("größe")]
    [InlineData("a")]
    public void Stem_NonEnglishOrShortWords_AreReturnedUnchanged(string word)
    {
        EnglishStemmer.Stem(word).Should().Be(word);
    }
}
