using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Results;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskAcceptanceTests
{
    [Fact]
    public void Submit_Draft_PendingAtFirstStageOfTheChain()
    {
        var risk = Submitted();

        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        risk.Stages.Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
        risk.CurrentStage.Should().Be(RiskAcceptanceStage.Manager);
        risk.Round.Should().Be(1);
        risk.Version.Should().Be(2);
    }

    [Fact]
    public void Submit_Twice_Refused()
    {
        var risk = Submitted();

        var act = () => risk.Submit([RiskAcceptanceStage.Manager], Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void Approve_FirstStage_MovesToNextStageAndRecordsTheApprover()
    {
        var risk = Submitted();

        var decision = risk.Approve(Manager, Now.AddHours(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        risk.CurrentStage.Should().Be(RiskAcceptanceStage.Cso);
        decision.ApproverId.Should().Be(Manager.Id);
        decision.ApproverName.Should().Be("Megan Bowen");
        decision.At.Should().Be(Now.AddHours(1));
        decision.VersionAfter.Should().Be(risk.Version);
        risk.CurrentRoundApprovals.Should().ContainSingle(d => d.ApproverId == Manager.Id);
    }

    [Fact]
    public void Approve_LastStage_AcceptedUntilNowPlusDuration()
    {
        var risk = Submitted(days: 90);
        risk.Approve(Manager, Now);

        risk.Approve(Cso, Now.AddDays(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        risk.AcceptedAt.Should().Be(Now.AddDays(1));
        risk.ExpiresAt.Should().Be(Now.AddDays(91));
        risk.IsInForce(Now.AddDays(2)).Should().BeTrue();
        risk.CurrentStage.Should().BeNull();
    }

    [Fact]
    public void Approve_LowRisk_OneStageIsEnough()
    {
        var risk = Submitted(likelihood: 1, impact: 2);

        risk.Approve(Manager, Now);

        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
    }

    [Fact]
    public void Approve_ByRequester_RefusedAndNothingChanges()
    {
        var risk = Submitted();
        var version = risk.Version;

        var act = () => risk.Approve(new RiskActor(Requester.Id.ToUpperInvariant(), "Alex"), Now);

        act.Should().Throw<RefusalException>().WithMessage("*your own request*");
        risk.Version.Should().Be(version);
        risk.Decisions.Should().BeEmpty();
    }

    [Fact]
    public void Approve_SamePersonAtTheNextStage_Refused()
    {
        var risk = Submitted();
        risk.Approve(Manager, Now);

        var act = () => risk.Approve(Manager, Now);

        act.Should().Throw<RefusalException>().WithMessage("*already approved*");
        risk.CurrentStage.Should().Be(RiskAcceptanceStage.Cso);
    }

    [Theory]
    [InlineData(RiskAcceptanceStatus.Accepted)]
    [InlineData(RiskAcceptanceStatus.Rejected)]
    [InlineData(RiskAcceptanceStatus.ChangesRequested)]
    public void Approve_NotPending_Refused(RiskAcceptanceStatus status)
    {
        var risk = InStatus(status);

        var act = () => risk.Approve(Cso, Now.AddDays(1));

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void Approve_Draft_Refused()
    {
        var risk = RiskAcceptance.Create(1, Requester, Details(), 365, Now);

        var act = () => risk.Approve(Manager, Now);

        act.Should().Throw<RefusalException>();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Reject_WithoutComment_Refused(string? comment)
    {
        var risk = Submitted();

        var act = () => risk.Reject(Manager, comment, Now);

        act.Should().Throw<RefusalException>().WithMessage("*comment*");
        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
    }

    [Fact]
    public void Reject_WithComment_FinalWithTheComment()
    {
        var risk = Submitted();

        var decision = risk.Reject(Manager, "  Buy the EDR licence.  ", Now);

        risk.Status.Should().Be(RiskAcceptanceStatus.Rejected);
        risk.ClosedAt.Should().Be(Now);
        decision.Comment.Should().Be("Buy the EDR licence.");
        decision.Kind.Should().Be(RiskDecisionKind.Rejected);
    }

    [Fact]
    public void Reject_ByRequester_Refused()
    {
        var risk = Submitted();

        var act = () => risk.Reject(Requester, "no", Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void RequestChanges_WithoutComment_Refused()
    {
        var risk = Submitted();

        var act = () => risk.RequestChanges(Manager, "", Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void RequestChanges_ThenResubmit_NewRoundFromTheFirstStageWithTheNewScore()
    {
        var risk = Submitted();
        risk.Approve(Manager, Now);
        risk.RequestChanges(Cso, "Add the isolation evidence.", Now.AddHours(1));
        risk.Status.Should().Be(RiskAcceptanceStatus.ChangesRequested);

        risk.Resubmit(Requester, Details(likelihood: 2, impact: 3), 365, ChainFor, Now.AddHours(2));

        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        risk.Round.Should().Be(2);
        risk.CurrentStageIndex.Should().Be(0);
        risk.Stages.Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam);
        risk.CurrentRoundApprovals.Should().BeEmpty("approvals of the previous round do not carry over");
        risk.Decisions.Should().HaveCount(2, "the history is kept");
    }

    [Fact]
    public void Resubmit_BySomeoneElse_Refused()
    {
        var risk = Submitted();
        risk.RequestChanges(Manager, "More detail.", Now);

        var act = () => risk.Resubmit(Manager, Details(), 365, ChainFor, Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void Resubmit_WhilePending_Refused()
    {
        var risk = Submitted();

        var act = () => risk.Resubmit(Requester, Details(), 365, ChainFor, Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void Resubmit_InvalidDetails_RefusedAndUnchanged()
    {
        var risk = Submitted();
        risk.RequestChanges(Manager, "More detail.", Now);
        var version = risk.Version;

        var act = () => risk.Resubmit(Requester, Details() with { Asset = "" }, 365, ChainFor, Now);

        act.Should().Throw<RiskAcceptanceValidationException>();
        risk.Version.Should().Be(version);
        risk.Status.Should().Be(RiskAcceptanceStatus.ChangesRequested);
    }

    [Fact]
    public void Version_EveryChange_Increments()
    {
        var risk = RiskAcceptance.Create(1, Requester, Details(), 365, Now);
        var versions = new List<long> { risk.Version };
        risk.Submit(ChainFor(risk.Score.Level), Now);
        versions.Add(risk.Version);
        risk.Approve(Manager, Now);
        versions.Add(risk.Version);
        risk.Approve(Cso, Now);
        versions.Add(risk.Version);

        versions.Should().Equal(1, 2, 3, 4);
    }

    internal static RiskAcceptance InStatus(RiskAcceptanceStatus status)
    {
        var risk = Submitted();
        switch (status)
        {
            case RiskAcceptanceStatus.Accepted:
                risk.Approve(Manager, Now);
                risk.Approve(Cso, Now);
                break;
            case RiskAcceptanceStatus.Rejected:
                risk.Reject(Manager, "No.", Now);
                break;
            case RiskAcceptanceStatus.ChangesRequested:
                risk.RequestChanges(Manager, "More.", Now);
                break;
            case RiskAcceptanceStatus.Expired:
                risk.Approve(Manager, Now);
                risk.Approve(Cso, Now);
                risk.Expire(risk.ExpiresAt!.Value);
                break;
        }

        return risk;
    }
}
