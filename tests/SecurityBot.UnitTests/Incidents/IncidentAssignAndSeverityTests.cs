using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Results;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.Incidents;

/// <summary>Assigning someone else and a responder's severity change: the rules the incident guards itself.</summary>
public sealed class IncidentAssignAndSeverityTests
{
    // Monday 2026-03-02 10:00 UTC: inside business hours, so Medium's 4 h SLA ends at 14:00 the same day.
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private static readonly IncidentActor Reporter = new("reporter-1", "Alex Wilber");
    private static readonly IncidentActor Dana = new("responder-1", "Dana Scully");
    private static readonly IncidentActor Jin = new("responder-2", "Jin Park");
    private static readonly AcknowledgementSla Sla = new(new IncidentOptions());

    private static Incident NewMediumIncident() =>
        Incident.Open(42, IncidentTests.Draft(), Reporter, privilegedReporter: false, IndicatorExtractor.Extract("billing@evil.example"), T0,
            Sla.DueAt(IncidentSeverity.Medium, T0));

    [Fact]
    public void Assign_AnotherPersonOnANewIncident_AcknowledgedByTheAssignerAndTheTimelineNamesBoth()
    {
        var incident = NewMediumIncident();

        incident.Assign(Jin, Dana, T0.AddMinutes(3));

        incident.Status.Should().Be(IncidentStatus.Investigating);
        incident.AssigneeId.Should().Be(Jin.Id);
        incident.AssigneeName.Should().Be("Jin Park");
        incident.AcknowledgedById.Should().Be(Dana.Id, "the one who responded acknowledged it");
        incident.Version.Should().Be(2);
        incident.Timeline.Last().Should().Match<TimelineEntry>(e =>
            e.Kind == TimelineEventKind.Assigned && e.ActorId == Dana.Id && e.Text == "Assigned to Jin Park by Dana Scully; investigating");
        incident.LastChangeDescription().Should().Be("INC-000042: Assigned to Jin Park by Dana Scully; investigating (2026-03-02 10:03 UTC)");
    }

    [Fact]
    public void AssignTo_Themself_TimelineNamesThemOnce()
    {
        var incident = NewMediumIncident();

        incident.AssignTo(Dana, T0.AddMinutes(3));

        incident.Timeline.Last().Text.Should().Be("Assigned to Dana Scully; investigating");
    }

    [Fact]
    public void Assign_ToWhoAlreadyHasIt_RefusedAndNothingChanges()
    {
        var incident = NewMediumIncident();
        incident.Assign(Jin, Dana, T0.AddMinutes(3));

        var act = () => incident.Assign(Jin, Dana, T0.AddMinutes(4));

        act.Should().Throw<RefusalException>().WithMessage("INC-000042 is already assigned to Jin Park.");
        incident.Version.Should().Be(2);
    }

    [Fact]
    public void Assign_AnotherPersonOnAnAssignedIncident_Reassigns()
    {
        var incident = NewMediumIncident();
        incident.AssignTo(Dana, T0.AddMinutes(3));

        incident.Assign(Jin, Dana, T0.AddMinutes(4));

        incident.AssigneeId.Should().Be(Jin.Id);
        incident.AcknowledgedById.Should().Be(Dana.Id);
        incident.Version.Should().Be(3);
    }

    [Fact]
    public void ChangeSeverity_RaisedWhileNew_TightensTheDeadlineFromTheFirstReport()
    {
        var incident = NewMediumIncident();
        incident.AcknowledgeBy.Should().Be(T0.AddHours(4));

        var moved = incident.ChangeSeverity(IncidentSeverity.Critical, Dana, Sla, T0.AddMinutes(5));

        moved.Should().BeTrue();
        incident.Severity.Should().Be(IncidentSeverity.Critical);
        incident.AcknowledgeBy.Should().Be(T0.AddMinutes(15), "Critical's 15 minutes count from the first report, not from the change");
        incident.Version.Should().Be(2);
        incident.Timeline.Last().Should().Match<TimelineEntry>(e =>
            e.Kind == TimelineEventKind.SeverityChanged && e.ActorId == Dana.Id && e.Text == "Severity raised from Medium to Critical by Dana Scully");
        incident.LastChangeDescription().Should().Be("INC-000042: Severity raised from Medium to Critical by Dana Scully (2026-03-02 10:05 UTC)");
    }

    [Fact]
    public void ChangeSeverity_Lowered_NeverLoosensTheDeadlinePromised()
    {
        var incident = NewMediumIncident();
        incident.ChangeSeverity(IncidentSeverity.Critical, Dana, Sla, T0.AddMinutes(5));

        var moved = incident.ChangeSeverity(IncidentSeverity.Low, Jin, Sla, T0.AddMinutes(6));

        moved.Should().BeFalse();
        incident.Severity.Should().Be(IncidentSeverity.Low);
        incident.AcknowledgeBy.Should().Be(T0.AddMinutes(15));
        incident.Timeline.Last().Text.Should().Be("Severity lowered from Critical to Low by Jin Park");
        incident.Version.Should().Be(3);
    }

    [Fact]
    public void ChangeSeverity_RaisedAfterAcknowledgement_DeadlineNoLongerMatters()
    {
        var incident = NewMediumIncident();
        incident.Acknowledge(Dana, T0.AddMinutes(2));

        var moved = incident.ChangeSeverity(IncidentSeverity.High, Dana, Sla, T0.AddMinutes(5));

        moved.Should().BeFalse();
        incident.Severity.Should().Be(IncidentSeverity.High);
        incident.AcknowledgeBy.Should().Be(T0.AddHours(4));
    }

    [Fact]
    public void ChangeSeverity_RaisedButTheDeadlineIsAlreadyEarlier_Unchanged()
    {
        // Reported as Critical then judged High: High's hour is later than the 15 minutes already promised.
        var incident = NewMediumIncident();
        incident.ChangeSeverity(IncidentSeverity.Critical, Dana, Sla, T0.AddMinutes(1));
        incident.ChangeSeverity(IncidentSeverity.Low, Dana, Sla, T0.AddMinutes(2));

        var moved = incident.ChangeSeverity(IncidentSeverity.High, Dana, Sla, T0.AddMinutes(3));

        moved.Should().BeFalse();
        incident.AcknowledgeBy.Should().Be(T0.AddMinutes(15));
    }

    [Fact]
    public void ChangeSeverity_ToTheSameSeverity_RefusedAndNothingChanges()
    {
        var incident = NewMediumIncident();

        var act = () => incident.ChangeSeverity(IncidentSeverity.Medium, Dana, Sla, T0.AddMinutes(5));

        act.Should().Throw<RefusalException>().WithMessage("Nothing changed: INC-000042 is already Medium.");
        incident.Version.Should().Be(1);
        incident.Timeline.Should().ContainSingle();
    }

    [Theory]
    [InlineData(IncidentStatus.Resolved)]
    [InlineData(IncidentStatus.Dismissed)]
    public void ChangeSeverityOrAssign_Closed_RefusedWithWhoClosedIt(IncidentStatus closeAs)
    {
        var incident = NewMediumIncident();
        if (closeAs == IncidentStatus.Resolved)
        {
            incident.Resolve(Dana, "Blocked the sender", T0.AddMinutes(10));
        }
        else
        {
            incident.Dismiss(Dana, "Internal test mail", T0.AddMinutes(10));
        }

        new Action[]
        {
            () => incident.ChangeSeverity(IncidentSeverity.High, Jin, Sla, T0.AddMinutes(11)),
            () => incident.Assign(Jin, Dana, T0.AddMinutes(11)),
        }.Should().AllSatisfy(a => a.Should().Throw<RefusalException>().WithMessage("*already*by Dana Scully at 2026-03-02 10:10 UTC*"));
        incident.Severity.Should().Be(IncidentSeverity.Medium);
        incident.Version.Should().Be(2);
    }

    [Fact]
    public void ChangeSeverity_UnknownValue_Throws()
    {
        var act = () => NewMediumIncident().ChangeSeverity((IncidentSeverity)7, Dana, Sla, T0);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void TightenDeadline_RelatedReportRaisedTheSeverity_MovesEarlierOnlyOnce()
    {
        var incident = NewMediumIncident();
        for (var i = 0; i < 2; i++)
        {
            incident.AddRelatedReport(IncidentTests.Draft(), new IncidentActor($"r{i}", $"Reporter {i}"), false, [], T0.AddMinutes(i + 1));
        }

        incident.Severity.Should().Be(IncidentSeverity.High, "three reporters make a campaign");
        incident.TightenDeadline(Sla).Should().BeTrue();
        incident.AcknowledgeBy.Should().Be(T0.AddHours(1));
        incident.TightenDeadline(Sla).Should().BeFalse("never pushed back, never moved twice");
    }

    [Fact]
    public void TimelineEventKind_StoredNumbers_NeverRenumbered()
    {
        ((int)TimelineEventKind.Note).Should().Be(8);
        ((int)TimelineEventKind.SeverityChanged).Should().Be(9);
    }
}
