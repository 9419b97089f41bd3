using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Results;
using SecurityBot.UnitTests.Cards;
using static SecurityBot.UnitTests.Attestation.AttestationCardExamples;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>Every attestation card in the card catalog: each state, the real acceptable-use policy, hostile and longest texts.</summary>
public sealed class AttestationCardSamples : ICardSamples
{
    private const string Message = "Section 3.4 now covers public AI tools. It takes five minutes to read; thank you for helping us keep the company safe.";

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var options = new AttestationOptions { Groups = { ["Finance"] = "4f6c1a2e-0000-4000-8000-000000000001", ["All staff"] = "4f6c1a2e-0000-4000-8000-000000000002" } };
        yield return ("Attestation/form", CampaignFormCard.Create(PolicyLibrary, options, CampaignFormValues.Empty, Today));
        yield return ("Attestation/form-errors", CampaignFormCard.Create(
            PolicyLibrary, options, new CampaignFormValues("acceptable-use", AudienceKind.Department, Hostile, null, Hostile + new string('m', 600)), Today,
            [new FieldError("audienceValue", "Nobody is in Department **Sales**: check the department's spelling."), new FieldError("due", "The due date must be after today.")]));
        yield return ("Attestation/confirm", CampaignFormCard.Confirm(Campaign(Message, size: 10_000)));
        yield return ("Attestation/confirm-hostile-message", CampaignFormCard.Confirm(Campaign("The policy now covers **public AI tools** (3.4). [Ask us](https://evil.example) <at>everyone</at>")));
        yield return ("Attestation/confirm-reattestation", CampaignFormCard.Confirm(Campaign(Hostile, ownerName: Hostile, audience: Hostile, previous: AcceptableUsePrevious())));

        var policy = AcceptableUse();
        var keyRules = new AttestationOptions().KeyRules;
        yield return ("Attestation/ask", AttestationCard.Ask(Started(Campaign(Message)), policy, keyRules));
        yield return ("Attestation/ask-plain", AttestationCard.Ask(Started(Campaign()), policy, keyRules));
        yield return ("Attestation/ask-reminder", AttestationCard.Ask(Started(Campaign(Message)), policy, keyRules, "Reminder: please accept by Mon 21 Dec 2026."));
        yield return ("Attestation/ask-overdue", AttestationCard.Ask(Started(Campaign(Message)), policy, keyRules, "Overdue: this was due on Mon 21 Dec 2026."));
        var withUrl = policy with { Url = "https://intranet.example/policies/acceptable-use" };
        yield return ("Attestation/ask-url-reattestation", AttestationCard.Ask(Started(Campaign(Message, policy: withUrl, previous: AcceptableUsePrevious())), withUrl, keyRules));
        yield return ("Attestation/ask-hostile", AttestationCard.Ask(Started(Campaign(Hostile + new string('m', 340), ownerName: LongName)), policy, 20, Hostile));

        yield return ("Attestation/full-text", AttestationCard.FullText(Started(Campaign(Message)), policy));
        var longest = Longest();
        yield return ("Attestation/full-text-longest", AttestationCard.FullText(Started(Campaign(policy: longest)), longest));
        var huge = Huge("https://intranet.example/policies/huge");
        yield return ("Attestation/full-text-capped", AttestationCard.FullText(Started(Campaign(policy: huge)), huge));

        var campaign = Started(Campaign(Message));
        yield return ("Attestation/receipt", AttestationCard.Receipt(campaign, Accepted(Member())));
        yield return ("Attestation/receipt-hostile", AttestationCard.Receipt(campaign, Accepted(Member(Hostile))));
        var earlier = Member(LongName);
        earlier.AcceptedEarlier(Now.AddDays(-30), 3);
        yield return ("Attestation/receipt-earlier", AttestationCard.Receipt(campaign, earlier));

        yield return ("Attestation/progress-sending", ProgressCard.Create(Started(Campaign(size: 10_000), fannedOut: false), ProgressFigures.Starting(Campaign(size: 10_000))));
        yield return ("Attestation/progress-running", ProgressCard.Create(Started(Campaign()), Running()));
        yield return ("Attestation/progress-overdue", ProgressCard.Create(Started(Campaign(audience: Hostile)), Overdue()));
        yield return ("Attestation/progress-all-accepted", ProgressCard.Create(Started(Campaign()), Running(34, 34) with { Removed = 0 }));
        var closed = Started(Campaign());
        closed.Close(Now.AddDays(30));
        yield return ("Attestation/progress-closed", ProgressCard.Create(closed, Running(34, 31)));

        yield return ("Attestation/question", QuestionCard.Create(campaign, Member(), "Does 3.4 mean I cannot use DeepL for a quick translation of a public web page?"));
        yield return ("Attestation/question-hostile", QuestionCard.Create(campaign, Member(LongName, Hostile), Hostile + new string('q', AudienceMember.MaxQuestionLength)));
        yield return ("Attestation/manager-notice", ManagerNoticeCard.Create(campaign, Reminded(Member(), 4)));
        yield return ("Attestation/manager-notice-hostile", ManagerNoticeCard.Create(Started(Campaign(ownerName: Hostile)), Reminded(Member(Hostile + LongName), 4)));
    }
}
