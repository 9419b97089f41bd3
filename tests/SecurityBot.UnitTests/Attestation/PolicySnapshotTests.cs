using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Contracts;

namespace SecurityBot.UnitTests.Attestation;

public sealed class PolicySnapshotTests
{
    [Fact]
    public void Purpose_LongerThanTheLimit_IsCutAfterAWholeSentence()
    {
        var policy = AttestationSamples.Policy();

        policy.Purpose(60).Should().Be("This policy sets the rules for using company systems.");
        policy.Purpose().Should().Be(AttestationSamples.DefaultSections[0].Text, "the whole purpose fits the default length");
    }

    [Fact]
    public void Purpose_OneLongSentence_IsCutWithAnEllipsisWithinTheLimit()
    {
        var policy = AttestationSamples.Policy("1.0", new PolicyDocumentSection("1", "Purpose", string.Join(' ', Enumerable.Repeat("word", 40))));

        var purpose = policy.Purpose(50);

        purpose.Should().HaveLength(50).And.EndWith("…");
        purpose.Should().StartWith("word word");
    }

    [Fact]
    public void Purpose_WrappedText_IsFlattenedToOneLine()
    {
        var policy = AttestationSamples.Policy("1.0", new PolicyDocumentSection("1", "Purpose", "Rules for\nusing   systems.\n\nAll staff."));

        policy.Purpose().Should().Be("Rules for using systems. All staff.");
        new PolicySnapshot("p", "P", "1", "o", null, []).Purpose().Should().BeEmpty();
    }

    [Fact]
    public void KeyRules_PolicyWithSubSections_AreTheSubSectionsWithTheirFirstSentence()
    {
        var rules = AttestationSamples.Policy().KeyRules(6);

        rules.Select(r => r.Number).Should().Equal("2.1", "2.2", "3.1");
        rules[0].Should().Be(new KeyRule("2.1", "Business use first", "Company systems are provided for business. Occasional personal use is allowed."));
        AttestationSamples.Policy().KeyRules(2).Select(r => r.Number).Should().Equal("2.1", "2.2");
    }

    [Fact]
    public void KeyRules_OnlyTopSections_AreTheSectionsAfterThePurpose()
    {
        var policy = AttestationSamples.Policy("1.0",
            new PolicyDocumentSection("1", "Purpose", "Why."),
            new PolicyDocumentSection("2", "Lock your screen", "Lock it. Always."),
            new PolicyDocumentSection("3", "Report losses", "Call the desk."));

        policy.KeyRules(6).Select(r => (r.Number, r.Summary)).Should().Equal(("2", "Lock it. Always."), ("3", "Call the desk."));
    }

    [Fact]
    public void KeyRules_LongRule_IsCutAtASentence()
    {
        var text = "Install software only from the company portal. " + string.Join(' ', Enumerable.Repeat("Extensions need approval.", 10));
        var policy = AttestationSamples.Policy("1.0", new PolicyDocumentSection("1", "Purpose", "Why."), new PolicyDocumentSection("1.1", "Software", text));

        var summary = policy.KeyRules(1).Single().Summary;

        summary.Length.Should().BeLessThanOrEqualTo(160);
        summary.Should().StartWith("Install software only from the company portal.").And.EndWith(".");
    }

    [Fact]
    public void ChangesSince_AddedChangedRemoved_InThisVersionsOrderRemovedLast()
    {
        var older = AttestationSamples.Policy("2.0",
            new PolicyDocumentSection("1", "Purpose", "Why."),
            new PolicyDocumentSection("2", "Lock your screen", "Lock it after 10 minutes."),
            new PolicyDocumentSection("3", "Old rule", "Gone now."),
            new PolicyDocumentSection("4", "Report losses", "Call the desk."));
        var newer = AttestationSamples.Policy("3.0",
            new PolicyDocumentSection("1", "Purpose", "Why."),
            new PolicyDocumentSection("2", "Lock your screen", "Lock it after 5 minutes."),
            new PolicyDocumentSection("4", "Report losses and thefts", "Call the desk."),
            new PolicyDocumentSection("5", "New rule", "New."));

        var changes = newer.ChangesSince(older);

        changes.Should().Equal(
            new SectionChange("2", "Lock your screen", SectionChangeKind.Changed),
            new SectionChange("4", "Report losses and thefts", SectionChangeKind.Changed),
            new SectionChange("5", "New rule", SectionChangeKind.Added),
            new SectionChange("3", "Old rule", SectionChangeKind.Removed));
        changes[0].ToString().Should().Be("2 Lock your screen (changed)");
    }

    [Fact]
    public void ChangesSince_OnlyWhitespaceRewrapped_IsNoChange()
    {
        var older = AttestationSamples.Policy("2.0",
            new PolicyDocumentSection("1", "Purpose", "This policy sets the rules\nfor using company systems."),
            new PolicyDocumentSection("2", "Lock  your screen", "Lock it   whenever\n\nyou leave. "));
        var newer = AttestationSamples.Policy("3.0",
            new PolicyDocumentSection("1", "Purpose", "This policy sets the rules for using\ncompany systems."),
            new PolicyDocumentSection("2", "Lock your screen", " Lock it whenever you\nleave."));

        newer.ChangesSince(older).Should().BeEmpty();
        newer.ChangesSince(newer).Should().BeEmpty();
    }

    [Fact]
    public void ChangesSince_OneWordOrItsCase_IsAChange()
    {
        var older = AttestationSamples.Policy("2.0", new PolicyDocumentSection("1", "Purpose", "Lock your screen."));
        var newer = AttestationSamples.Policy("3.0", new PolicyDocumentSection("1", "Purpose", "Lock your Screen."));

        newer.ChangesSince(older).Should().ContainSingle().Which.Kind.Should().Be(SectionChangeKind.Changed);
    }

    [Fact]
    public void ToJson_RoundTrips()
    {
        var policy = AttestationSamples.Policy();

        PolicySnapshot.FromJson(policy.ToJson()).Should().BeEquivalentTo(policy);
    }
}
