using SecurityBot.Cards;
using SecurityBot.Platform.Directory;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.RiskAcceptances.Teams;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

/// <summary>The refresh a risk card carries, and whose view it lists, in every state.</summary>
public sealed class RiskRefreshTests
{
    private static readonly RiskActor SecondManager = new("00000000-0000-0000-0000-0000000000031", "Second Manager");

    [Fact]
    public void Audience_PendingFirstRound_TheRequesterWhoMayWithdrawAndTheStageApprovers()
    {
        // The requester may withdraw while the request waits; the owner has no button: their view is everyone's.
        RiskRefresh.Audience(Submitted(), Approvers(Manager, SecondManager)).Should().Equal(Requester.Id, Manager.Id, SecondManager.Id).And.NotContain(Owner.Id);
    }

    [Fact]
    public void Audience_AfterTheFirstStage_TheSecondStageApproversAndNotTheFirst()
    {
        var risk = Submitted();
        risk.Approve(Manager, Now.AddHours(1));

        // The resolver leaves the first approver out of the next stage; the audience is whoever it resolved.
        RiskRefresh.Audience(risk, Approvers(Cso)).Should().Equal(Requester.Id, Cso.Id).And.NotContain(Manager.Id);
    }

    [Fact]
    public void Audience_ChangesRequested_TheRequesterWhoMayEdit()
    {
        var risk = Submitted();
        risk.RequestChanges(Manager, "Attach the cage access log.", Now);

        RiskRefresh.Audience(risk, RiskStageApprovers.None).Should().Equal(Requester.Id);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Audience_AcceptedOrExpired_TheRequesterThenTheOwner(bool expired)
    {
        var risk = Accepted();
        if (expired)
        {
            risk.Expire(risk.ExpiresAt!.Value);
        }

        RiskRefresh.Audience(risk, RiskStageApprovers.None).Should().Equal(Requester.Id, Owner.Id);
    }

    [Fact]
    public void Audience_RenewalPending_RequesterAndOwnerFirstThenTheApprovers()
    {
        var risk = Accepted();
        risk.Renew(Requester, 120, 365, ChainFor, risk.ExpiresAt!.Value.AddDays(-7));

        RiskRefresh.Audience(risk, Approvers(Manager)).Should().Equal(Requester.Id, Owner.Id, Manager.Id);
    }

    [Fact]
    public void Audience_OwnerIsAlsoTheStageApprover_ListedOnce()
    {
        var risk = Submitted();

        RiskRefresh.Audience(risk, Approvers(Owner, Manager)).Should().Equal(Requester.Id, Owner.Id, Manager.Id);
    }

    [Fact]
    public void Audience_RejectedOrRemediated_Nobody()
    {
        var rejected = Submitted();
        rejected.Reject(Manager, "Fix it this week.", Now);
        var remediated = Accepted();
        remediated.MarkRemediated(Owner, Now.AddDays(3));

        RiskRefresh.Audience(rejected, RiskStageApprovers.None).Should().BeEmpty();
        RiskRefresh.Audience(remediated, RiskStageApprovers.None).Should().BeEmpty();
    }

    [Fact]
    public void Create_WithRefreshUserIds_RefreshActionCarriesOnlyReferenceAndVersion()
    {
        var card = RiskCard.Create(Submitted(), RiskCardViewer.ReadOnly(null), TimeDisplay.Utc, null, 365, ["29:megan", "29:adele"]);

        card.Refresh!.UserIds.Should().Equal("29:megan", "29:adele");
        card.Refresh.Action.Verb.Should().Be(RiskVerbs.Refresh);
        var refresh = card.ToJsonElement().GetProperty("refresh");
        refresh.GetProperty("action").GetProperty("type").GetString().Should().Be("Action.Execute");
        refresh.GetProperty("action").GetProperty("data").GetRawText().Should().Be("{\"id\":\"RA-000017\",\"version\":2}");
    }

    [Fact]
    public void Create_MoreRefreshUserIdsThanTeamsAllows_TheFirstSixtyKept()
    {
        var ids = Enumerable.Range(0, CardRefresh.MaxUserIds + 5).Select(i => $"29:user-{i}").ToList();

        var card = RiskCard.Create(Accepted(), RiskCardViewer.ReadOnly(null), TimeDisplay.Utc, null, 365, ids);

        card.Refresh!.UserIds.Should().Equal(ids.Take(CardRefresh.MaxUserIds));
    }

    [Fact]
    public void Create_NoRefreshUserIds_NoRefreshBlock()
    {
        // An empty userIds would make Teams refresh for everyone in a small chat; an invoke answer passes none.
        RiskCard.Create(Submitted(), new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, null, 365, []).ToJsonElement().TryGetProperty("refresh", out _).Should().BeFalse();
        RiskCard.Create(Submitted(), new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, null, 365).Refresh.Should().BeNull();
    }

    [Fact]
    public void Create_SameRequestForEachRole_ButtonsOnlyForThoseTheAudienceLists()
    {
        var risk = Accepted();
        risk.Renew(Owner, 60, 365, ChainFor, risk.ExpiresAt!.Value.AddDays(-7));
        var approvers = Approvers(Manager);

        var approver = Buttons(RiskCard.Create(risk, new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, null, 365));
        var requester = Buttons(RiskCard.Create(risk, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, null, 365));
        var bystander = Buttons(RiskCard.Create(risk, RiskCardViewer.ReadOnly(Cso.Id), TimeDisplay.Utc, null, 365));

        approver.Should().Equal("Approve", "Reject", "Request changes");
        requester.Should().Equal("Withdraw", "Mark remediated");
        bystander.Should().BeEmpty();
        RiskRefresh.Audience(risk, approvers).Should().Equal(Requester.Id, Owner.Id, Manager.Id).And.NotContain(Cso.Id);
    }

    private static RiskStageApprovers Approvers(params RiskActor[] people) =>
        new([.. people.Select(p => new DirectoryUser(p.Id, p.Id + "@contoso.test", p.Name, null, null, null))], []);

    private static List<string> Buttons(AdaptiveCard card) =>
        [.. card.ToJsonElement().TryGetProperty("actions", out var actions) ? actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()!) : []];
}
