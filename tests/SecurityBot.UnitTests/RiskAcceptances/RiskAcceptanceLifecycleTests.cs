using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform.Results;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskAcceptanceLifecycleTests
{
    [Fact]
    public void Expire_BeforeExpiry_Refused()
    {
        var risk = Accepted();

        var act = () => risk.Expire(risk.ExpiresAt!.Value.AddSeconds(-1));

        act.Should().Throw<RefusalException>();
        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
    }

    [Fact]
    public void Expire_AtExpiry_Expired()
    {
        var risk = Accepted();

        risk.Expire(risk.ExpiresAt!.Value);

        risk.Status.Should().Be(RiskAcceptanceStatus.Expired);
        risk.IsInForce(risk.ExpiresAt.Value).Should().BeFalse();
    }

    [Fact]
    public void Expire_Pending_Refused()
    {
        var risk = Submitted();

        var act = () => risk.Expire(Now.AddYears(2));

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void Renew_Accepted_NewRoundStaysInForceMeanwhile()
    {
        var risk = Accepted();
        var expires = risk.ExpiresAt!.Value;

        risk.Renew(Owner, 60, 365, ChainFor, expires.AddDays(-7));

        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        risk.IsRenewal.Should().BeTrue();
        risk.RenewalCount.Should().Be(1);
        risk.Round.Should().Be(2);
        risk.IsInForce(expires.AddDays(-1)).Should().BeTrue();
        risk.Decisions.Should().HaveCount(2, "the first round's decisions travel with the renewal");
    }

    [Fact]
    public void Renew_Approved_NewExpiryFromTheFinalApproval()
    {
        var risk = Accepted();
        var at = risk.ExpiresAt!.Value.AddDays(-7);
        risk.Renew(Requester, 60, 365, ChainFor, at);

        risk.Approve(Manager, at);
        risk.Approve(Cso, at.AddDays(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        risk.IsRenewal.Should().BeFalse();
        risk.ExpiresAt.Should().Be(at.AddDays(61));
    }

    [Fact]
    public void Renew_Rejected_CurrentAcceptanceStaysUntilItExpires()
    {
        var risk = Accepted();
        var expires = risk.ExpiresAt!.Value;
        risk.Renew(Requester, 60, 365, ChainFor, expires.AddDays(-7));

        risk.Reject(Manager, "Fix it instead.", expires.AddDays(-6));

        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        risk.ExpiresAt.Should().Be(expires);
        risk.IsRenewal.Should().BeFalse();
    }

    [Fact]
    public void Renew_Expired_Allowed()
    {
        var risk = RiskAcceptanceTests.InStatus(RiskAcceptanceStatus.Expired);

        risk.Renew(Requester, 30, 365, ChainFor, risk.ExpiresAt!.Value.AddDays(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        risk.IsInForce(risk.ExpiresAt.Value.AddDays(1)).Should().BeFalse();
    }

    [Fact]
    public void Approve_RenewalStartedByTheRiskOwner_OwnerCannotDecideThatRound()
    {
        var risk = Accepted();
        risk.Renew(Owner, 60, 365, ChainFor, Now.AddDays(80));
        var version = risk.Version;

        var approve = () => risk.Approve(Owner, Now.AddDays(80).AddHours(1));
        var reject = () => risk.Reject(Owner, "changed my mind", Now.AddDays(80).AddHours(1));

        approve.Should().Throw<RefusalException>().WithMessage("*started*");
        reject.Should().Throw<RefusalException>();
        risk.Version.Should().Be(version, "a refused decision changes nothing");
        risk.RoundStartedById.Should().Be(Owner.Id);
    }

    [Fact]
    public void Approve_OwnerInTheFirstRound_AllowedBecauseTheRequesterStartedIt()
    {
        var risk = Submitted();

        risk.Approve(Owner, Now.AddHours(1));

        risk.RoundStartedById.Should().Be(Requester.Id);
        risk.CurrentStageIndex.Should().Be(1);
    }

    [Fact]
    public void Renew_ByStranger_Refused()
    {
        var risk = Accepted();

        var act = () => risk.Renew(Manager, 30, 365, ChainFor, Now);

        act.Should().Throw<RefusalException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(366)]
    public void Renew_DurationOutOfRange_Refused(int days)
    {
        var risk = Accepted();

        var act = () => risk.Renew(Requester, days, 365, ChainFor, Now);

        act.Should().Throw<RefusalException>();
        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
    }

    [Theory]
    [InlineData(RiskAcceptanceStatus.Rejected)]
    [InlineData(RiskAcceptanceStatus.ChangesRequested)]
    public void Renew_NotAcceptedOrExpired_Refused(RiskAcceptanceStatus status)
    {
        var risk = RiskAcceptanceTests.InStatus(status);

        var act = () => risk.Renew(Requester, 30, 365, ChainFor, Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void Expire_DuringRenewal_ExpiredAndRenewalAbandoned()
    {
        var risk = Accepted();
        var expires = risk.ExpiresAt!.Value;
        risk.Renew(Requester, 60, 365, ChainFor, expires.AddDays(-1));

        risk.Expire(expires);

        risk.Status.Should().Be(RiskAcceptanceStatus.Expired);
        risk.IsRenewal.Should().BeFalse();
        risk.CurrentStage.Should().BeNull();
    }

    [Fact]
    public void MarkRemediated_ByOwner_Final()
    {
        var risk = Accepted();

        risk.MarkRemediated(Owner, Now.AddDays(3));

        risk.Status.Should().Be(RiskAcceptanceStatus.Remediated);
        risk.ClosedAt.Should().Be(Now.AddDays(3));
        var renew = () => risk.Renew(Owner, 30, 365, ChainFor, Now);
        renew.Should().Throw<RefusalException>();
    }

    [Fact]
    public void MarkRemediated_ByStranger_Refused()
    {
        var risk = Accepted();

        var act = () => risk.MarkRemediated(Cso, Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void MarkRemediated_Pending_Refused()
    {
        var risk = Submitted();

        var act = () => risk.MarkRemediated(Requester, Now);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void FirstDecisionAfter_StaleVersion_NamesWhoDecided()
    {
        var risk = Submitted();
        var cardVersion = risk.Version;
        risk.Approve(Manager, Now.AddMinutes(5));

        var decision = risk.FirstDecisionAfter(cardVersion);

        decision!.ApproverName.Should().Be("Megan Bowen");
        decision.At.Should().Be(Now.AddMinutes(5));
    }
}
