using SecurityBot.Policies.Teams;
using Xunit.Abstractions;

namespace SecurityBot.UnitTests.Policies.Chat;

/// <summary>
/// The relevance set typed without "policy": how many questions the free-text handler takes, and whether what it
/// takes is answered right. Precision matters more than recall here — a miss falls through to "I did not
/// understand" with the commands; a wrong take answers a chat message with a clause. The search itself finds the
/// expected section in its top 3 for about 90% of the set, so the taken questions are held to the same bar.
/// </summary>
public class PolicyFreeTextRelevanceTests(ITestOutputHelper output)
{
    [Fact]
    public void Read_RelevanceSet_TakesMostQuestionsAndAnswersNinetyPercentOfThemInTheTopThree()
    {
        var questions = RelevanceSet.Load().Where(c => PolicyFreeText.LooksLikeQuestion(c.Question)).ToList();
        var taken = questions.Where(c => PolicyFreeText.Read(c.Question, PolicyChat.Responder) is not null).ToList();

        output.WriteLine($"{taken.Count} of {questions.Count} question-shaped cases taken as policy questions");
        questions.Should().HaveCountGreaterThanOrEqualTo(30);
        ((double)taken.Count / questions.Count).Should().BeGreaterThanOrEqualTo(0.7);
        var wrong = taken.Where(c => !PolicyChat.Responder.Search(c.Question).Hits.Any(h => c.Accepts(h.Policy.Id, h.Section.Number)))
            .Select(c => c.Question)
            .ToList();
        wrong.ForEach(q => output.WriteLine("taken, expected section not in the top 3: " + q));
        ((double)wrong.Count / taken.Count).Should().BeLessThanOrEqualTo(0.1, string.Join('\n', wrong));
    }
}
