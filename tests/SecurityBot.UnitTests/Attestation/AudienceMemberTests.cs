using SecurityBot.Attestation.Domain;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Attestation;

public sealed class AudienceMemberTests
{
    private static readonly DateTimeOffset Now = AttestationSamples.Now;
    private static readonly DateOnly Today = AttestationSamples.Today;

    private static AudienceMember Member() => AudienceMember.Add(Guid.NewGuid(), "user-1", "  Alex Wilber ", " Engineering ", Now);

    [Fact]
    public void Add_TrimsAndDefaults_IsPending()
    {
        var member = Member();
        var nameless = AudienceMember.Add(Guid.NewGuid(), "user-2", " ", "", Now);

        member.Status.Should().Be(MemberStatus.Pending);
        member.DisplayName.Should().Be("Alex Wilber");
        member.Department.Should().Be("Engineering");
        nameless.DisplayName.Should().Be("user-2", "a person without a name is shown by id");
        nameless.Department.Should().BeNull();
    }

    [Fact]
    public void Accept_Twice_RecordsTheFirstTimeOnly()
    {
        var member = Member();

        member.Accept(Now).Should().BeTrue();
        member.Accept(Now.AddMinutes(1)).Should().BeFalse("a double click is the same receipt");

        member.Status.Should().Be(MemberStatus.Accepted);
        member.AcceptedAt.Should().Be(Now);
    }

    [Fact]
    public void Accept_AfterRemoval_IsRefused()
    {
        var member = Member();
        member.Remove("left the directory", Now).Should().BeTrue();

        var accept = () => member.Accept(Now.AddMinutes(1));

        accept.Should().Throw<RefusalException>().WithMessage("*no longer asked*");
        member.Status.Should().Be(MemberStatus.Removed);
        member.AcceptedAt.Should().BeNull();
    }

    [Fact]
    public void AcceptedEarlier_CountsAsAcceptedWithTheEarlierCampaign()
    {
        var member = Member();

        member.AcceptedEarlier(Now.AddDays(-40), 3);

        member.Status.Should().Be(MemberStatus.Accepted);
        member.AcceptedAt.Should().Be(Now.AddDays(-40));
        member.AcceptedInCampaign.Should().Be(3);
        member.Accept(Now).Should().BeFalse();
    }

    [Fact]
    public void Remind_OncePerDate_AndNeverBackwards()
    {
        var member = Member();

        member.Remind(Today).Should().BeTrue();
        member.Remind(Today).Should().BeFalse("at most one reminder a day");
        member.Remind(Today.AddDays(-1)).Should().BeFalse("an earlier date is not a new day");
        member.Remind(Today.AddDays(1)).Should().BeTrue();

        member.Reminders.Should().Be(2);
        member.LastRemindedOn.Should().Be(Today.AddDays(1));
    }

    [Fact]
    public void Remind_AcceptedOrRemoved_IsNotReminded()
    {
        var accepted = Member();
        accepted.Accept(Now);
        var removed = Member();
        removed.Remove("left the audience", Now);

        accepted.Remind(Today).Should().BeFalse();
        removed.Remind(Today).Should().BeFalse();
        accepted.Reminders.Should().Be(0);
        removed.Reminders.Should().Be(0);
    }

    [Fact]
    public void NotifyManager_Once_AndOnlyWhilePending()
    {
        var member = Member();
        var accepted = Member();
        accepted.Accept(Now);

        member.NotifyManager(Now).Should().BeTrue();
        member.NotifyManager(Now.AddDays(1)).Should().BeFalse("the manager hears once");
        accepted.NotifyManager(Now).Should().BeFalse("nothing to tell about someone who accepted");

        member.ManagerNotifiedAt.Should().Be(Now);
        accepted.ManagerNotifiedAt.Should().BeNull();
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n ")]
    public void AskQuestion_Empty_IsRefused(string? text)
    {
        var member = Member();

        var ask = () => member.AskQuestion(text);

        ask.Should().Throw<RefusalException>().WithMessage("Write your question*");
        member.Questions.Should().Be(0);
    }

    [Fact]
    public void AskQuestion_AtAndOverTheLimit_KeepsTheTrimmedTextOrRefuses()
    {
        var member = Member();
        var atLimit = new string('q', AudienceMember.MaxQuestionLength);

        member.AskQuestion($"  {atLimit}  ").Should().Be(atLimit);
        var tooLong = () => member.AskQuestion(atLimit + "q");

        tooLong.Should().Throw<RefusalException>().WithMessage("*1001 characters*1000*");
        member.Questions.Should().Be(1, "only the question that went counts");
    }

    [Fact]
    public void Remove_OnlyWhilePending_KeepsAnAcceptanceAsEvidence()
    {
        var pending = Member();
        var accepted = Member();
        accepted.Accept(Now);

        pending.Remove("left the directory", Now).Should().BeTrue();
        pending.Remove("left the audience", Now.AddDays(1)).Should().BeFalse("removed once");
        accepted.Remove("left the directory", Now).Should().BeFalse();

        pending.RemovedReason.Should().Be("left the directory");
        pending.RemovedAt.Should().Be(Now);
        accepted.Status.Should().Be(MemberStatus.Accepted);
        accepted.RemovedAt.Should().BeNull();
    }
}
