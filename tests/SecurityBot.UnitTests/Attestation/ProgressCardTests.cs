using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Teams;
using static SecurityBot.UnitTests.Attestation.AttestationCardExamples;

namespace SecurityBot.UnitTests.Attestation;

public sealed class ProgressCardTests
{
    [Fact]
    public void Create_Running_ShowsAcceptedOfAskedWithThePercentage()
    {
        var card = ProgressCard.Create(Started(Campaign()), Running(34, 12));

        var texts = AttestationCardJson.Shown(card);
        texts.Should().Contain("12 of 34 accepted (35%)");
        texts.Should().Contain(["Sales", "3 of 11", "People & Culture", "3 of 3 ✅"]);
        texts.Should().Contain("2 (left the directory or the audience)");
    }

    [Fact]
    public void Create_Sending_ShowsNoPercentageYet()
    {
        var campaign = Started(Campaign(size: 10_000), fannedOut: false);

        var texts = AttestationCardJson.Shown(ProgressCard.Create(campaign, ProgressFigures.Starting(campaign)));

        texts.Should().Contain("0 of 10,000 accepted");
        texts.Should().Contain(t => t.StartsWith("Sending the cards", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_Overdue_NamesTheFirstAndCountsTheRest()
    {
        var card = ProgressCard.Create(Started(Campaign()), Overdue());

        var texts = AttestationCardJson.Shown(card);
        texts.Should().Contain("6,907 of 8,141 accepted (84%)");
        texts.Should().Contain("1,234", "the overdue fact");
        texts.Should().Contain(t => t.StartsWith("Adele Vance", StringComparison.Ordinal) || t.Contains(", Adele Vance, ", StringComparison.Ordinal));
        texts.Should().Contain(t => t.EndsWith("Isaiah Langer and 1,219 more", StringComparison.Ordinal));
    }

    [Fact]
    public void OverdueList_EveryoneNamed_HasNoMore()
    {
        var figures = new ProgressFigures(10, 8, 0, 2, [], ["Adele Vance", "Alex Wilber"], true);

        ProgressCard.OverdueList(figures).Should().Be("Adele Vance, Alex Wilber");
    }

    [Fact]
    public void OverdueList_VeryLongName_IsBounded()
    {
        var figures = new ProgressFigures(10, 8, 0, 3, [], [LongName], true);

        var list = ProgressCard.OverdueList(figures);

        list.Should().EndWith("… and 2 more");
        list.Length.Should().BeLessThan(ProgressCard.MaxOverdueNameLength + 20);
    }

    [Fact]
    public void Create_HostileDepartmentsNamesAndAudience_AreEscaped()
    {
        var card = ProgressCard.Create(Started(Campaign(audience: Hostile)), Overdue());

        AttestationCardJson.ShouldBeEscaped(card);
        AttestationCardJson.Markdown(card).Should().NotContain(t => t.StartsWith("**Urgent**", StringComparison.Ordinal), "a department is a fact title, markdown too");
    }

    [Fact]
    public void Create_EveryoneAccepted_SaysSo()
    {
        var texts = AttestationCardJson.Shown(ProgressCard.Create(Started(Campaign()), Running(34, 34)));

        texts.Should().Contain("34 of 34 accepted (100%)").And.Contain(t => t.StartsWith("Everyone has accepted", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_Closed_SaysNoMoreReminders()
    {
        var campaign = Started(Campaign());
        campaign.Close(Now.AddDays(30));

        AttestationCardJson.Shown(ProgressCard.Create(campaign, Running(34, 31))).Should().Contain(t => t.StartsWith("Closed: no more reminders", StringComparison.Ordinal));
    }

    [Fact]
    public void Create_RefreshAndExport_CarryOnlyTheCampaignNumber()
    {
        var data = AttestationCardJson.ExecuteData(ProgressCard.Create(Started(Campaign(number: 4)), Running()));

        data.Should().HaveCount(2, "Refresh and Export CSV").And.OnlyContain(d => d.GetRawText() == "{\"campaign\":4}", "who may is decided on the server");
    }
}
