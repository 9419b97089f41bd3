using SecurityBot.Cards;
using SecurityBot.Platform.Files;
using SecurityBot.UnitTests.Cards;

namespace SecurityBot.UnitTests.Files;

/// <summary>What a file offer's consent card turns into, and the upload failure notice, with a name meant to break Markdown.</summary>
public sealed class FileOfferCardSamples : ICardSamples
{
    private const string Hostile = "[open me](https://evil.example) _q4_ <at>Priya</at>.csv";
    private static readonly DateTimeOffset Noon = new(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        var uploaded = Offer();
        uploaded.Claim(Noon, TimeSpan.FromMinutes(5));
        uploaded.MarkUploaded(Noon);
        var declined = Offer();
        declined.Decline(Noon);
        var expired = Offer();
        expired.Expire(Noon.AddDays(1));
        yield return ("Files/uploaded", FileOfferCards.Settled(uploaded, TimeDisplay.Utc));
        yield return ("Files/declined", FileOfferCards.Settled(declined, TimeDisplay.Utc));
        yield return ("Files/expired", FileOfferCards.Settled(expired, TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"))));
        yield return ("Files/upload-failed", FileOfferCards.UploadFailed(Offer()));
    }

    private static FileOffer Offer() => new("user-1", Hostile, "text/csv", [1, 2, 3], Noon, Noon.AddDays(1));
}
