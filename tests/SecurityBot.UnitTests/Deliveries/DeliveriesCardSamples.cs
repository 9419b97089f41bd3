using SecurityBot.Cards;
using SecurityBot.Platform.Deliveries;
using SecurityBot.UnitTests.Cards;

namespace SecurityBot.UnitTests.Deliveries;

/// <summary>The <c>admin deliveries</c> card in the catalogue: empty, full with markup in names, and capped lists.</summary>
public sealed class DeliveriesCardSamples : ICardSamples
{
    private static readonly DateTimeOffset At = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Deliveries/empty", DeliveriesCard.Create(new DeliveriesView([], [], 0, 0), TimeDisplay.Utc));
        yield return ("Deliveries/full", DeliveriesCard.Create(Full(), TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin"))));
    }

    internal static DeliveriesView Full() => new(
        [
            new UnreachablePersonRow("aad-1", "Megan **Bowen** [x](https://evil.example)", At, "blocked SecurityBot or removed the app"),
            new UnreachablePersonRow("aad-2", new string('N', 300), null, "SecurityBot disabled for them by an administrator"),
        ],
        [
            new FailedDeliveryRow(Guid.Parse("0193a2f4-0000-7000-8000-000000000001"), "Jin Park", "Incident/INC-0042", At, 8),
            new FailedDeliveryRow(Guid.Parse("0193a2f4-0000-7000-8000-000000000002"), "conversation 19:x@thread.tacv2", null, At.AddDays(-1), 1),
        ],
        3,
        12);
}
