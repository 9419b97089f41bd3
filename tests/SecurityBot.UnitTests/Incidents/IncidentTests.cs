using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Incidents;

public sealed class IncidentTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly IncidentActor Reporter = new("reporter-1", "Alex Wilber");
    private static readonly IncidentActor Dana = new("responder-1", "Dana Scully");
    private static readonly IncidentActor Jin = new("responder-2", "Jin Park");

    internal static IncidentReportDraft Draft(IncidentCategory category = IncidentCategory.Phishing, bool clicked = false) =>
        new(category, "Mail asking for my password from billing@evil.example", null, null, null, clicked);

    private static Incident NewIncident(IncidentCategory category = IncidentCategory.Phishing, bool clicked = false) =>
        Incident.Open(42, Draft(category, clicked), Reporter, privilegedReporter: false,
            IndicatorExtractor.Extract("billing@evil.example"), T0, T0.AddHours(4));

    [Fact]
    public void Open_FirstReport_IsNewWithNumberSeverityTimelineAndVersion1()
    {
        var incident = NewIncident();

        incident.DisplayNumber.Should().Be("INC-000042");
        incident.Status.Should().Be(IncidentStatus.New);
        incident.Severity.Should().Be(IncidentSeverity.Medium);
        incident.Version.Should().Be(1);
        incident.Timeline.Should().ContainSingle().Which.Should().Match<TimelineEntry>(e =>
            e.Kind == TimelineEventKind.Reported && e.ActorId == Reporter.Id && e.At == T0);
        incident.Indicators.Select(i => i.Value).Should().Contain("billing@evil.example");
    }

    [Fact]
    public void Open_Clicked_RaisesSeverity()
    {
        NewIncident(clicked: true).Severity.Should().Be(IncidentSeverity.High);
    }

    [Fact]
    public void Acknowledge_New_RecordsWhoAndWhenAndBumpsVersion()
    {
        var incident = NewIncident();

        incident.Acknowledge(Dana, T0.AddMinutes(5));

        incident.Status.Should().Be(IncidentStatus.Acknowledged);
        incident.AcknowledgedByName.Should().Be("Dana Scully");
        incident.AcknowledgedAt.Should().Be(T0.AddMinutes(5));
        incident.Version.Should().Be(2);
        incident.Timeline.Last().Should().Match<TimelineEntry>(e => e.Kind == TimelineEventKind.Acknowledged && e.ActorId == Dana.Id);
    }

    [Fact]
    public void Acknowledge_Twice_RefusedWithWhoDidItAndNoChange()
    {
        var incident = NewIncident();
        incident.Acknowledge(Dana, T0.AddMinutes(5));

        var act = () => incident.Acknowledge(Jin, T0.AddMinutes(6));

        act.Should().Throw<RefusalException>().WithMessage("INC-000042 was already acknowledged by Dana Scully at 2026-03-02 10:05 UTC.");
        incident.Version.Should().Be(2);
        incident.AcknowledgedById.Should().Be(Dana.Id);
    }

    [Fact]
    public void AssignTo_New_AcknowledgesAndInvestigates()
    {
        var incident = NewIncident();

        incident.AssignTo(Jin, T0.AddMinutes(1));

        incident.Status.Should().Be(IncidentStatus.Investigating);
        incident.AssigneeId.Should().Be(Jin.Id);
        incident.AcknowledgedById.Should().Be(Jin.Id);
    }

    [Fact]
    public void AssignTo_AlreadyMine_Refused()
    {
        var incident = NewIncident();
        incident.AssignTo(Jin, T0);

        var act = () => incident.AssignTo(Jin, T0.AddMinutes(1));

        act.Should().Throw<RefusalException>().WithMessage("*already assigned to Jin Park*");
    }

    [Fact]
    public void AssignTo_SomeoneElsesIncident_Reassigns()
    {
        var incident = NewIncident();
        incident.AssignTo(Jin, T0);

        incident.AssignTo(Dana, T0.AddMinutes(1));

        incident.AssigneeName.Should().Be("Dana Scully");
        incident.AcknowledgedById.Should().Be(Jin.Id, "the first acknowledgement stays on record");
    }

    [Theory]
    [InlineData(IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Dismissed)]
    public void Close_ThenAnyChange_Refused(IncidentStatus closeAs)
    {
        var incident = NewIncident();
        if (closeAs == IncidentStatus.Resolved)
        {
            incident.Resolve(Dana, "Blocked the sender", T0.AddMinutes(10));
        }
        else
        {
            incident.Dismiss(Dana, "Internal test mail", T0.AddMinutes(10));
        }

        incident.Status.Should().Be(closeAs);
        incident.IsOpen.Should().BeFalse();
        var version = incident.Version;
        new Action[]
        {
            () => incident.Acknowledge(Jin, T0.AddMinutes(11)),
            () => incident.AssignTo(Jin, T0.AddMinutes(11)),
            () => incident.Resolve(Jin, null, T0.AddMinutes(11)),
            () => incident.Dismiss(Jin, null, T0.AddMinutes(11)),
            () => incident.Escalate(IncidentActor.System, 1, "security lead", T0.AddHours(1), T0.AddMinutes(11)),
            () => incident.AddRelatedReport(Draft(), Jin, false, [], T0.AddMinutes(11)),
        }.Should().AllSatisfy(a => a.Should().Throw<RefusalException>().WithMessage("*already*by Dana Scully at 2026-03-02 10:10 UTC*"));
        incident.Version.Should().Be(version);
    }

    [Fact]
    public void Resolve_New_AlsoRecordsAcknowledgement()
    {
        var incident = NewIncident();

        incident.Resolve(Dana, "  Sender blocked  ", T0.AddMinutes(3));

        incident.AcknowledgedById.Should().Be(Dana.Id);
        incident.Resolution.Should().Be("Sender blocked");
        incident.ClosedAt.Should().Be(T0.AddMinutes(3));
    }

    [Fact]
    public void AddRelatedReport_ThirdReporter_RaisesSeverityAndRecordsBoth()
    {
        var incident = NewIncident();

        incident.AddRelatedReport(Draft(), new IncidentActor("r2", "B"), false, [], T0.AddMinutes(1)).Should().BeFalse();
        incident.AddRelatedReport(Draft(), new IncidentActor("r3", "C"), false, [], T0.AddMinutes(2)).Should().BeTrue();

        incident.ReportCount.Should().Be(3);
        incident.Severity.Should().Be(IncidentSeverity.High);
        incident.Timeline.Select(e => e.Kind).Should().Equal(
            TimelineEventKind.Reported, TimelineEventKind.RelatedReport, TimelineEventKind.RelatedReport, TimelineEventKind.SeverityRaised);
        incident.Version.Should().Be(3);
        incident.IsReporter("r3").Should().BeTrue();
    }

    [Fact]
    public void Escalate_RecordsStepAndNextDeadline()
    {
        var incident = NewIncident();

        incident.Escalate(IncidentActor.System, 1, "Tomas Herrera (security lead)", T0.AddHours(5), T0.AddHours(4));

        incident.EscalationStep.Should().Be(1);
        incident.AcknowledgeBy.Should().Be(T0.AddHours(5));
        incident.Timeline.Last().Text.Should().Contain("not acknowledged in time").And.Contain("Tomas Herrera");
    }

    [Fact]
    public void AddNote_Empty_Refused()
    {
        var act = () => NewIncident().AddNote(Dana, "  ", T0);

        act.Should().Throw<RefusalException>();
    }

    [Fact]
    public void LastChangeDescription_AfterAcknowledge_SaysWhoAndWhen()
    {
        var incident = NewIncident();
        incident.Acknowledge(Dana, T0.AddMinutes(5));

        var description = incident.LastChangeDescription();

        description.Should().Be("INC-000042: Acknowledged by Dana Scully (2026-03-02 10:05 UTC)");
        (description.Split("Dana Scully").Length - 1).Should().Be(1, "a stale card names who acted once, not twice");
    }

    [Fact]
    public void LastChangeDescription_AfterAssignResolveOrResponderEscalation_NamesTheActorOnce()
    {
        var assigned = NewIncident();
        assigned.AssignTo(Dana, T0.AddMinutes(5));
        var resolved = NewIncident();
        resolved.Resolve(Dana, "Password reset", T0.AddMinutes(6));
        var escalated = NewIncident();
        escalated.Escalate(Dana, 1, "the CSO", T0.AddHours(1), T0.AddMinutes(7));

        assigned.LastChangeDescription().Should().Be("INC-000042: Assigned to Dana Scully; investigating (2026-03-02 10:05 UTC)");
        resolved.LastChangeDescription().Should().Be("INC-000042: Resolved by Dana Scully: Password reset (2026-03-02 10:06 UTC)");
        escalated.LastChangeDescription().Should().Be("INC-000042: Escalation step 1 (escalated by Dana Scully): the CSO (2026-03-02 10:07 UTC)");
        new[] { assigned, resolved, escalated }.Should().AllSatisfy(i => (i.LastChangeDescription().Split("Dana Scully").Length - 1).Should().Be(1));
    }

    [Fact]
    public void LastChangeDescription_TextWithoutTheActor_AddsWhoAndWhen()
    {
        var noted = NewIncident();
        noted.AddNote(Dana, "Checked the mail gateway", T0.AddMinutes(5));
        var overdue = NewIncident();
        overdue.Escalate(IncidentActor.System, 1, "the CSO", T0.AddHours(1), T0.AddMinutes(30));

        noted.LastChangeDescription().Should().Be("INC-000042: Checked the mail gateway (Dana Scully, 2026-03-02 10:05 UTC)");
        overdue.LastChangeDescription().Should().Be("INC-000042: Escalation step 1 (not acknowledged in time): the CSO (SecurityBot, 2026-03-02 10:30 UTC)");
    }

    [Theory]
    [InlineData("INC-000042", 42)]
    [InlineData("inc-42", 42)]
    [InlineData("42", 42)]
    public void IncidentNumber_TryParse_AcceptsCommonForms(string text, long expected)
    {
        IncidentNumber.TryParse(text, out var number).Should().BeTrue();
        number.Should().Be(expected);
    }

    [Theory]
    [InlineData("INC-")]
    [InlineData("INC-0")]
    [InlineData("INC-12a")]
    [InlineData("-5")]
    [InlineData("1e5")]
    public void IncidentNumber_TryParse_RefusesOthers(string text)
    {
        IncidentNumber.TryParse(text, out _).Should().BeFalse();
    }
}
