using SecurityBot.Platform.Contracts;
using SecurityBot.Attestation.Teams;
using SecurityBot.Cards;
using static SecurityBot.UnitTests.Attestation.ReattestationSamples;

namespace SecurityBot.UnitTests.Attestation;

public sealed class ReattestationOfferCardTests
{
    [Fact]
    public void Create_NewVersion_NamesThePolicyBothVersionsAndEachChangedSectionWithItsKind()
    {
        var json = Read(ReattestationOfferCard.Create(Campaign(Version30), Version31));

        json.Should().Contain("Acceptable Use Policy").And.Contain("3.0 → 3.1").And.Contain("Department Finance");
        json.Should().Contain("2.3 Lock your screen** — changed")
            .And.Contain("2.4 Report a lost device** — added")
            .And.Contain("3.4 Personal cloud storage** — removed")
            .And.Contain("1 added, 1 changed, 1 removed");
        json.Should().NotContain("Business use first", "an unchanged section is not listed");
    }

    [Fact]
    public void Create_NewVersion_DraftButtonNamesPolicyAndVersionOnly()
    {
        var card = ReattestationOfferCard.Create(Campaign(Version30), Version31);

        var draft = card.Actions.OfType<ExecuteAction>().Should().ContainSingle().Subject;
        draft.Title.Should().Be("Draft re-attestation");
        draft.Verb.Should().Be(AttestationVerbs.Reattest).And.Be("attest.reattest");
        draft.AssociatedInputs.Should().Be(AssociatedInputs.None);
        draft.Data!.ToJsonString().Should().Be("""{"policy":"acceptable-use","version":"3.1"}""");
    }

    [Fact]
    public void Create_NewVersion_WhatChangedShowsOldAndNewTextPerSection()
    {
        var card = ReattestationOfferCard.Create(Campaign(Version30), Version31);

        var show = card.Actions.OfType<ShowCardAction>().Should().ContainSingle(a => a.Title == "What changed").Subject;
        var diff = Read(show.Card);
        diff.Should().Contain("Lock your screen whenever you leave your device.\"", "the old text of a changed section")
            .And.Contain("even for a minute. Devices lock after 5 minutes.", "its new text")
            .And.Contain("Version 3.0").And.Contain("Version 3.1")
            .And.Contain("within one hour", "an added section's text")
            .And.Contain("personal cloud storage", "a removed section's old text");
        diff.Should().NotContain("Company systems are provided for business", "an unchanged section is not quoted");
    }

    [Fact]
    public void Create_OnlyTheVersionChanged_SaysSoAndHasNoDiff()
    {
        var card = ReattestationOfferCard.Create(Campaign(Version30), Version30 with { Version = "3.0.1" });

        Read(card).Should().Contain("only the version number did");
        card.Actions.OfType<ShowCardAction>().Should().BeEmpty();
        card.Actions.OfType<ExecuteAction>().Should().ContainSingle();
    }

    [Fact]
    public void Create_HostileHeadingsAndText_Escaped()
    {
        var card = ReattestationOfferCard.Create(
            Campaign(Policy("3.0", new PolicyDocumentSection("1", "Scope", "Old")), audience: Hostile),
            Policy("3.1", new("1", "Scope", Hostile), new("2", Hostile, Hostile)));

        var json = card.ToJson() + ((ShowCardAction)card.Actions[1]).Card.ToJson();
        json.Should().NotContain("<at>CEO</at>").And.NotContain("[click](https").And.NotContain("**Urgent**").And.NotContain("{{DATE(2026-01-01");
    }

    [Fact]
    public void Create_EveryLongSectionChanged_BoundedInsideATeamsMessageAndSaysWhereTheRestIs()
    {
        var card = ReattestationOfferCard.Create(Campaign(ReattestationCardSamples.Longest("3.0", 'a')), ReattestationCardSamples.Longest("3.1", 'b'));

        var json = card.ToJson();
        System.Text.Encoding.UTF8.GetByteCount(json).Should().BeLessThan(24 * 1024);
        json.Should().Contain($"and {80 - ReattestationOfferCard.MaxListedSections} more");
        json.Should().Contain("more sections differ: type policy acceptable-use to read the new text.");
        json.Should().NotContain(new string('b', ReattestationDiffCard.MaxSectionText + 1));
    }

    /// <summary>The card's JSON with markdown backslash escapes gone ("2\\.3" reads "2.3"); JSON's own escapes stay.</summary>
    private static string Read(AdaptiveCard card) => card.ToJson().Replace(@"\\", string.Empty, StringComparison.Ordinal);
}
