using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Teams;
using SecurityBot.UnitTests.Cards;

namespace SecurityBot.UnitTests.Policies.Chat;

/// <summary>Every card the policy feature sends, built from the shipped library, for the renderer validation.</summary>
public sealed class PolicyCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var responder = PolicyChat.Responder;
        var library = StarterLibrary.Instance;
        yield return ("Policies/answers", responder.Respond("can I use my personal USB stick?"));
        yield return ("Policies/answers-typo", responder.Respond("pasword lenght"));
        yield return ("Policies/answers-hostile", responder.Respond("**URGENT** [x](https://evil.example) <at>CEO</at> usb 1. # -"));
        yield return ("Policies/no-match", responder.Respond("bdgae"));
        yield return ("Policies/no-match-no-suggestions", PolicyAnswerCards.NoMatch(PolicySearchResult.Empty("zz", [])));
        var german = PolicyLanguage.For(CultureInfo.GetCultureInfo("de-DE"));
        yield return ("Policies/de/answers", responder.Respond("can I use my personal USB stick?", german));
        yield return ("Policies/de/answers-typo", responder.Respond("pasword lenght", german));
        yield return ("Policies/de/no-match", responder.Respond("bdgae", german));
        yield return ("Policies/de/library", responder.Respond(PolicyRequest.Library, german));
        yield return ("Policies/de/summary", PolicyDocumentCards.Summary(responder.Library.Policies[0], german));
        yield return ("Policies/de/full", PolicyDocumentCards.Full(responder.Library.Policies[0], responder.Library.Policies[0].Sections[^1], "usb", german));
        yield return ("Policies/single", PolicyAnswerCards.Single(responder.Search("phishing").Hits[0]));
        yield return ("Policies/library", responder.Respond(PolicyRequest.Library));
        yield return ("Policies/library-empty", PolicyDocumentCards.Library([]));
        yield return ("Policies/status", responder.Respond(PolicyRequest.Status));
        yield return ("Policies/status-errors", PolicyLoadReportCard.Create(new PolicyLoadReport(
            "/policies",
            new DateTimeOffset(2026, 11, 23, 9, 30, 0, TimeSpan.Zero),
            11,
            120,
            Enumerable.Range(1, 25).Select(i => new PolicyLoadError($"broken-{i}.md", "front matter is not valid YAML: **bad** <at>x</at>")).ToList())));
        foreach (var policy in library.Policies)
        {
            yield return ($"Policies/summary-{policy.Id}", PolicyDocumentCards.Summary(policy));
            yield return ($"Policies/full-{policy.Id}", PolicyDocumentCards.Full(policy, policy.Sections[^1], "usb"));
        }

        yield return ("Policies/full-with-url", PolicyDocumentCards.Full(WithUrl(library.Find("passwords")!)));
    }

    private static Policy WithUrl(Policy p) =>
        new(p.Id, p.Title, p.Version, p.Owner, p.Effective, p.Review, p.Classification, p.Tags, new Uri("https://intranet.example/policies/passwords"), p.Sections);
}
