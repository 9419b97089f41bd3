using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;
using SecurityBot.RiskAcceptances.Domain;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

/// <summary>Issue 20 item 4: an approver the bot cannot reach; the request guards who may stand in.</summary>
public sealed class RiskAcceptanceHandOverTests
{
    private const string Reason = "Could not be reached.";
    private static readonly RiskActor ManagersManager = new("1815997c-a890-4774-ab20-67c3935104bc", "Rahul Mehta");

    [Fact]
    public void HandOver_ToTheManager_RecordsWhoAndWhyAndTheStandInDecides()
    {
        var risk = Submitted();
        var version = risk.Version;

        var handOver = risk.HandOver(Manager, ManagersManager, Reason, Now.AddHours(1));

        handOver.Kind.Should().Be(RiskDecisionKind.HandedOver);
        handOver.ApproverId.Should().Be(Manager.Id);
        handOver.Comment.Should().Contain(Reason).And.Contain("Rahul Mehta stands in");
        risk.Version.Should().Be(version + 1);
        risk.IsHandedOverFrom(Manager.Id).Should().BeTrue();
        risk.CurrentStageStandIns.Should().ContainSingle(d => d.ApproverId == ManagersManager.Id);
        risk.CurrentStage.Should().Be(RiskAcceptanceStage.Manager, "the stage itself is not decided by a hand-over");

        risk.Approve(ManagersManager, Now.AddHours(2));
        risk.CurrentStage.Should().Be(RiskAcceptanceStage.Cso);
        risk.CurrentStageHandOvers.Should().BeEmpty("the next stage has none");
    }

    [Fact]
    public void Approve_ByThePersonTheStageWasHandedOverFrom_Refused()
    {
        var risk = Submitted();
        risk.HandOver(Manager, ManagersManager, Reason, Now);

        var act = () => risk.Approve(Manager, Now.AddHours(1));

        act.Should().Throw<RefusalException>().WithMessage("*handed over because you could not be reached*");
        risk.CurrentRoundApprovals.Should().BeEmpty();
    }

    [Fact]
    public void HandOver_ToTheRequester_RefusedAndNothingChanges()
    {
        var risk = Submitted();
        var version = risk.Version;

        var act = () => risk.HandOver(Manager, Requester, Reason, Now);

        act.Should().Throw<RefusalException>().WithMessage("*cannot stand in*");
        risk.Version.Should().Be(version);
        risk.Decisions.Should().BeEmpty();
    }

    [Fact]
    public void HandOver_SamePersonTwice_Refused()
    {
        var risk = Submitted();
        risk.HandOver(Manager, null, Reason, Now);

        var act = () => risk.HandOver(Manager, ManagersManager, Reason, Now);

        act.Should().Throw<RefusalException>().WithMessage("*already handed over*");
        risk.Decisions.Should().ContainSingle();
    }

    [Fact]
    public void HandOver_ToSomeoneWhoApprovedAnEarlierStage_Refused()
    {
        var risk = Submitted();
        risk.Approve(Manager, Now);

        var act = () => risk.HandOver(Cso, Manager, Reason, Now);

        act.Should().Throw<RefusalException>().WithMessage("*cannot stand in*");
        risk.CanStandIn(Manager.Id).Should().BeFalse();
        risk.CanStandIn(ManagersManager.Id).Should().BeTrue();
    }

    [Fact]
    public void HandOver_AcceptedRequest_Refused()
    {
        var risk = Accepted();

        var act = () => risk.HandOver(Cso, ManagersManager, Reason, Now);

        act.Should().Throw<RefusalException>().WithMessage("*no stage to hand over*");
    }
}
