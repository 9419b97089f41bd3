using System.Text;
using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.Platform.Chat;
using static SecurityBot.UnitTests.Attestation.AttestationCardExamples;

namespace SecurityBot.UnitTests.Attestation;

public sealed class AttestationCardTests
{
    private const int KeyRules = 6;

    [Fact]
    public void Ask_HostileMessageOwnerAndReminder_AreEscaped()
    {
        var card = AttestationCard.Ask(Started(Campaign(Hostile, ownerName: Hostile)), AcceptableUse(), KeyRules, Hostile);

        AttestationCardJson.ShouldBeEscaped(card);
    }

    [Fact]
    public void Ask_EveryButton_CarriesOnlyTheCampaignNumber()
    {
        var card = AttestationCard.Ask(Started(Campaign(number: 12)), AcceptableUse(), KeyRules, "Due today.");

        var data = AttestationCardJson.ExecuteData(card);

        data.Should().HaveCount(3, "accept, read the full policy, and the question's send");
        data.Should().OnlyContain(d => d.EnumerateObject().Select(p => p.Name).SequenceEqual(new[] { "campaign" }) && d.GetProperty("campaign").GetInt32() == 12);
        card.ToJson().Should().NotContain("owner-aad").And.NotContain("user-aad");
    }

    [Fact]
    public void Ask_RealPolicyWithMessageAndReminder_IsSmallEnoughForTenThousandCopies()
    {
        var card = AttestationCard.Ask(Started(Campaign(new string('m', AttestationCampaign.MaxMessageLength))), AcceptableUse(), KeyRules, "Overdue: this was due on Mon 21 Dec 2026.");

        var bytes = Encoding.UTF8.GetByteCount(TurnContextCardExtensions.ToActivityJson(card));

        bytes.Should().BeLessThan(6 * 1024, "the ask card goes through the outbox once per person");
    }

    [Fact]
    public void Ask_Reattestation_ListsTheChangedRulesFirstAndMarksThem()
    {
        var card = AttestationCard.Ask(Started(Campaign(previous: AcceptableUsePrevious())), AcceptableUse(), KeyRules);

        var rules = AttestationCardJson.Shown(card).Where(t => t.StartsWith("**2.", StringComparison.Ordinal) || t.StartsWith("**3.", StringComparison.Ordinal)).ToList();

        rules.Should().HaveCount(KeyRules);
        rules[0].Should().StartWith("**3.4 ").And.Contain("*(changed)*");
        rules[1].Should().StartWith("**3.5 ").And.Contain("*(changed)*");
        rules.Skip(2).Should().NotContain(r => r.Contains("changed", StringComparison.Ordinal));
        AttestationCardJson.Shown(card).Should().Contain(t => t.Contains("What changed since version 2.0", StringComparison.Ordinal) && t.Contains("3.4, 3.5", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_LongRule_IsCutBetweenWords()
    {
        var card = AttestationCard.Ask(Started(Campaign()), AcceptableUse(), KeyRules);

        AttestationCardJson.Shown(card).Should().Contain(t => t.StartsWith("**3.1 ", StringComparison.Ordinal) && t.EndsWith("(pirated films…", StringComparison.Ordinal));
    }

    [Fact]
    public void Ask_PolicyWithUrl_OffersTheOfficialCopy()
    {
        var policy = AcceptableUse() with { Url = "https://intranet.example/policies/acceptable-use" };

        var json = AttestationCard.Ask(Started(Campaign(policy: policy)), policy, KeyRules).ToJson();

        json.Should().Contain("\"Action.OpenUrl\"").And.Contain("https://intranet.example/policies/acceptable-use");
    }

    [Fact]
    public void FullText_LongestShippedPolicy_ShowsEverySectionUnderTheCap()
    {
        var policy = Longest();

        var card = AttestationCard.FullText(Started(Campaign(policy: policy)), policy);

        var texts = AttestationCardJson.Shown(card);
        policy.Sections.Should().OnlyContain(s => texts.Any(t => t.StartsWith($"**{s.Number} ", StringComparison.Ordinal)));
        texts.Should().NotContain(t => t.Contains("not fit on a card", StringComparison.Ordinal));
        Encoding.UTF8.GetByteCount(card.ToJson()).Should().BeLessThan(AttestationCard.MaxFullTextBytes);
    }

    [Fact]
    public void FullText_PolicyLargerThanACard_StopsUnderTheCapAndSaysWhereTheRestIs()
    {
        var policy = Huge();

        var card = AttestationCard.FullText(Started(Campaign(policy: policy)), policy);

        Encoding.UTF8.GetByteCount(card.ToJson()).Should().BeLessThanOrEqualTo(AttestationCard.MaxFullTextBytes);
        Encoding.UTF8.GetByteCount(TurnContextCardExtensions.ToActivityJson(card)).Should().BeLessThan(24 * 1024, "Teams refuses about 28 KB");
        AttestationCardJson.Shown(card).Should().Contain(t => t.Contains("sections do not fit on a card", StringComparison.Ordinal) && t.Contains("type policy huge", StringComparison.Ordinal));
        AttestationCardJson.ExecuteData(card).Should().HaveCount(2, "accept and the question stay under the text");
    }

    [Fact]
    public void FullText_HostileSections_AreEscaped()
    {
        var policy = AcceptableUse() with { Sections = [new("1", Hostile, Hostile), new("2", "Rules", Hostile)] };

        AttestationCardJson.ShouldBeEscaped(AttestationCard.FullText(Started(Campaign(policy: policy)), policy));
    }

    [Fact]
    public void Receipt_Accepted_ShowsPolicyVersionWhoWhenAndCampaign()
    {
        var campaign = Started(Campaign(number: 9));

        var card = AttestationCard.Receipt(campaign, Accepted(Member("Isaiah Langer", campaign: campaign)));

        var facts = Facts(card);
        facts["Policy"].Should().Be("Acceptable Use Policy, version 3.0");
        facts["Who"].Should().Be("Isaiah Langer");
        facts["When"].Should().Be("{{DATE(2026-12-07T11:00:00Z, SHORT)}} {{TIME(2026-12-07T11:00:00Z)}}");
        facts["Campaign"].Should().Be("9");
        card.Actions.Should().BeEmpty("a receipt has nothing left to press");
    }

    [Fact]
    public void Receipt_AcceptedInAnEarlierCampaign_NamesThatCampaign()
    {
        var member = Member();
        member.AcceptedEarlier(Now.AddDays(-30), 3);

        var card = AttestationCard.Receipt(Started(Campaign(number: 9)), member);

        Facts(card)["Campaign"].Should().Be("3");
        AttestationCardJson.Shown(card).Should().Contain(t => t.Contains("already accepted this version in campaign 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Receipt_HostileName_IsEscaped() =>
        AttestationCardJson.ShouldBeEscaped(AttestationCard.Receipt(Started(Campaign()), Accepted(Member(Hostile))));

    [Fact]
    public void Question_HostileNameDepartmentAndText_AreEscaped()
    {
        var card = QuestionCard.Create(Started(Campaign()), Member(Hostile, Hostile), Hostile);

        AttestationCardJson.ShouldBeEscaped(card);
        Facts(card)["Their card"].Should().Be("still waiting for their acceptance");
    }

    [Fact]
    public void ManagerNotice_HostileNameAndOwner_AreEscapedAndRemindersCounted()
    {
        var card = ManagerNoticeCard.Create(Started(Campaign(ownerName: Hostile)), Reminded(Member(Hostile), 4));

        AttestationCardJson.ShouldBeEscaped(card);
        Facts(card)["Reminders sent"].Should().Be("4");
    }

    [Fact]
    public void ManagerNotice_VeryLongName_IsBoundedInTheHeading()
    {
        var card = ManagerNoticeCard.Create(Started(Campaign()), Member(LongName));

        AttestationCardJson.Markdown(card)[0].Length.Should().BeLessThan(180);
    }

    // Fact values as shown: the markdown escapes ("3\.0") gone.
    private static Dictionary<string, string> Facts(SecurityBot.Cards.AdaptiveCard card) =>
        card.ToJsonElement().GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "FactSet")
            .SelectMany(e => e.GetProperty("facts").EnumerateArray())
            .ToDictionary(f => f.GetProperty("title").GetString()!, f => System.Text.RegularExpressions.Regex.Replace(f.GetProperty("value").GetString()!, @"\\(.)", "$1"), StringComparer.Ordinal);
}
