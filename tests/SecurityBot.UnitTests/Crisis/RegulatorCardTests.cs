using SecurityBot.Cards;
using SecurityBot.Crisis.Domain;
using SecurityBot.Crisis.Teams;
using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Crisis;

public sealed class RegulatorCardTests
{
    private const string Hostile = "**Bold** <at>Priya</at> [click](https://evil.example)";
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private static (CrisisRoom Room, RegulatorClock Clock) Seeded()
    {
        var room = CrisisRoom.Declare("INC-000042", Hostile, null, Start);
        return (room, RegulatorClock.Start(room, ("jin-id", Hostile), TimeSpan.FromHours(72), Start));
    }

    [Fact]
    public async Task EveryCard_HostileNamesAndText_PassesTheAdaptiveCardsValidatorWithTheTextEscaped()
    {
        var (room, clock) = Seeded();
        var schedule = RegulatorSchedule.For(clock, RegulatorOptions.DefaultReminderHours);
        var notified = Seeded().Clock;
        notified.RecordNotified(("dpo-id", Hostile), Hostile, Start.AddHours(5));
        var notNotifiable = Seeded().Clock;
        notNotifiable.RecordNotNotifiable(("dpo-id", Hostile), Hostile, Start.AddHours(5));

        var cards = new (string Name, AdaptiveCard Card)[]
        {
            ("running", RegulatorClockCard.Running(clock, schedule, Start)),
            ("notified", RegulatorClockCard.Notified(notified)),
            ("not-notifiable", RegulatorClockCard.NotNotifiable(notNotifiable)),
            ("reminder", RegulatorReminderCard.Reminder(clock, room, schedule.Points[0])),
            ("deadline", RegulatorReminderCard.DeadlinePassed(clock, room)),
            ("room-line", RegulatorReminderCard.RoomLine(clock, schedule.Points[0])),
            ("room-deadline", RegulatorReminderCard.RoomLine(clock, schedule.Points[^1])),
        };
        var results = await AdaptiveCardValidator.ValidateAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        foreach (var result in results)
        {
            result.IsValid.Should().BeTrue(string.Join("; ", result.Problems));
        }

        cards.Select(c => c.Card.ToJson()).Should().OnlyContain(json => !json.Contains("<at>Priya</at>", StringComparison.Ordinal) && !json.Contains("**Bold**", StringComparison.Ordinal));
    }

    [Fact]
    public void Running_TheClock_ShowsTheDeadlineInEachReadersZoneTheTimeLeftAndTheReminders()
    {
        var (_, clock) = Seeded();

        var json = RegulatorClockCard.Running(clock, RegulatorSchedule.For(clock, RegulatorOptions.DefaultReminderHours), Start.AddMinutes(30)).ToJson();

        json.Should().Contain(CardText.ViewerTime(Start.AddHours(72)))
            .And.Contain("71 h 30 min when this was posted")
            .And.Contain("48 h, 24 h, 12 h, 4 h, 1 h before the deadline");
    }

    [Theory]
    [InlineData(72 * 60, "72 h")]
    [InlineData(90, "1 h 30 min")]
    [InlineData(45, "45 min")]
    [InlineData(-125, "passed 2 h 5 min ago")]
    public void Format_ADuration_ReadsAtAGlance(int minutes, string expected)
    {
        RegulatorTimeLeft.Format(TimeSpan.FromMinutes(minutes)).Should().Be(expected);
    }
}
