using SecurityBot.Platform.Results;
using SecurityBot.RiskAcceptances.Domain;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

/// <summary>Issue 20 item 3: the requester may take a request back before it is decided, and nobody else may.</summary>
public sealed class RiskAcceptanceWithdrawTests
{
    [Fact]
    public void Withdraw_PendingByTheRequester_ClosedAndRecorded()
    {
        var risk = Submitted();
        var version = risk.Version;

        var record = risk.Withdraw(Requester, Now.AddHours(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.Withdrawn);
        risk.ClosedAt.Should().Be(Now.AddHours(1));
        risk.Version.Should().Be(version + 1);
        record.Kind.Should().Be(RiskDecisionKind.Withdrawn);
        record.ApproverId.Should().Be(Requester.Id);
        risk.CurrentStage.Should().BeNull("nobody is asked to decide a withdrawn request");
    }

    [Fact]
    public void Withdraw_WaitingForTheRequestersChanges_Withdrawn()
    {
        var risk = Submitted();
        risk.RequestChanges(Manager, "Please attach the log.", Now);

        risk.Withdraw(Requester, Now.AddHours(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.Withdrawn);
    }

    [Theory]
    [InlineData("manager")]
    [InlineData("cso")]
    [InlineData("owner")]
    public void Withdraw_BySomeoneElse_RefusedAndNothingChanges(string who)
    {
        var risk = Submitted();
        var version = risk.Version;
        var actor = who switch { "manager" => Manager, "cso" => Cso, _ => Owner };

        var act = () => risk.Withdraw(actor, Now);

        act.Should().Throw<RefusalException>().WithMessage("Only the requester can withdraw*");
        risk.Status.Should().Be(RiskAcceptanceStatus.PendingApproval);
        risk.Version.Should().Be(version);
        risk.CanWithdraw(actor.Id).Should().BeFalse();
    }

    [Fact]
    public void Withdraw_Accepted_RefusedItIsDecided()
    {
        var risk = Accepted();

        var act = () => risk.Withdraw(Requester, Now.AddDays(1));

        act.Should().Throw<RefusalException>().WithMessage("*only a request still waiting for a decision can be withdrawn*");
        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted);
        risk.CanWithdraw(Requester.Id).Should().BeFalse();
    }

    [Fact]
    public void Withdraw_RenewalByTheOwnerWhoAskedForIt_AcceptanceStaysInForce()
    {
        var risk = Accepted();
        var expires = risk.ExpiresAt!.Value;
        risk.Renew(Owner, 120, 365, ChainFor, expires.AddDays(-7));

        risk.Withdraw(Owner, expires.AddDays(-6));

        risk.Status.Should().Be(RiskAcceptanceStatus.Accepted, "the renewal is dropped, the acceptance is not");
        risk.IsRenewal.Should().BeFalse();
        risk.ExpiresAt.Should().Be(expires);
        risk.ClosedAt.Should().BeNull();
    }

    [Fact]
    public void Withdraw_RenewalAfterTheOldAcceptanceRanOut_Expired()
    {
        var risk = Accepted();
        var expires = risk.ExpiresAt!.Value;
        risk.Renew(Requester, 120, 365, ChainFor, expires.AddDays(-1));

        risk.Withdraw(Requester, expires.AddHours(1));

        risk.Status.Should().Be(RiskAcceptanceStatus.Expired);
        risk.ClosedAt.Should().Be(expires.AddHours(1));
    }
}
