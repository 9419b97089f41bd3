using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Contracts;
using SecurityBot.UnitTests.Cards;
using SecurityBot.UnitTests.Policies;
using static SecurityBot.UnitTests.Attestation.ReattestationSamples;

namespace SecurityBot.UnitTests.Attestation;

/// <summary>The re-attestation cards in the card catalog: the offer (typical, hostile, longest, unchanged text) and the form, confirmation and ask card of a re-attestation.</summary>
public sealed class ReattestationCardSamples : ICardSamples
{
    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Reattestation/offer", ReattestationOfferCard.Create(Campaign(Version30), Version31));
        yield return ("Reattestation/offer-hostile", ReattestationOfferCard.Create(
            Campaign(Policy("3.0", new("1", Hostile, Hostile), new("2", "Old", Hostile)), audience: Hostile),
            Policy("3.1", new("1", Hostile, Hostile + " changed"), new("3", Hostile, Hostile))));
        yield return ("Reattestation/offer-longest", ReattestationOfferCard.Create(Campaign(Longest("3.0", 'a'), audience: new string('g', 400)), Longest("3.1", 'b')));
        yield return ("Reattestation/offer-version-only", ReattestationOfferCard.Create(Campaign(Version30), Version30 with { Version = "3.0.1" }));
        var reattest = AttestationCampaign.Draft(4, Version31, new CampaignAudience(AudienceKind.Department, "Finance", "Department Finance"), 12,
            new DateOnly(2026, 12, 21), "Acceptable Use Policy is now version 3.1 (you accepted 3.0). What changed: 2.3 Lock your screen, 2.4 Report a lost device (added).",
            Owner, "Tomas Herrera", new DateOnly(2026, 12, 7), 180, Now, Version30);
        yield return ("Reattestation/form", CampaignFormCard.Create(StarterLibrary.Instance, new AttestationOptions(),
            new CampaignFormValues("acceptable-use", AudienceKind.Department, "Finance", new DateOnly(2026, 12, 21), reattest.Message, 3), new DateOnly(2026, 12, 7)));
        yield return ("Reattestation/confirm", CampaignFormCard.Confirm(reattest));
        reattest.Start(Owner, Now);
        yield return ("Reattestation/ask", AttestationCard.Ask(reattest, reattest.Policy, 6));
        yield return ("Reattestation/reminder", AttestationCard.Ask(reattest, reattest.Policy, 6, "Overdue: this was due on Mon 21 Dec 2026."));
    }

    /// <summary>A policy of 80 sections of the longest text a folder file gives, every one different between versions.</summary>
    internal static PolicySnapshot Longest(string version, char fill) =>
        Policy(version, [.. Enumerable.Range(1, 80).Select(i => new PolicyDocumentSection($"{i}.1", new string(fill, 300), new string(fill, 4000)))]);
}
