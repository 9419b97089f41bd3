using SecurityBot.Cards;
using SecurityBot.Crisis.Application;
using SecurityBot.Crisis.Domain;
using SecurityBot.Crisis.Teams;
using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Crisis;

public sealed class ReviewCardTests
{
    private const string Hostile = "<at>Priya</at> [click](https://evil.example) # **boom**";

    [Fact]
    public async Task EveryReviewCard_AcceptedByTheOfficialRenderer()
    {
        var review = PostIncidentReviewTests.Saved(("jin", "Enforce MFA"), ("amara", Hostile));
        var room = CrisisRoom.Declare("INC-000042", "Stolen VPN password", null, DateTimeOffset.UnixEpoch);
        var action = review.FindAction(2)!;
        review.FindAction(1)!.MarkDone("jin", "Jin Park", false, DateTimeOffset.UnixEpoch);
        var cards = new (string Name, AdaptiveCard Card)[]
        {
            ("form", ReviewCard.Form("INC-000042", "Stolen VPN password", new ReviewInput(Hostile, null, null, null, null, null), [])),
            ("form with errors", ReviewCard.Form("INC-000042", Hostile, new ReviewInput("x", "y", "z", "w", "v", "bad line"), ["Line 1: expected …", Hostile])),
            ("record", ReviewCard.Record(room, review)),
            ("reminder", FollowUpCard.Reminder("INC-000042", action)),
            ("done", FollowUpCard.Done("INC-000042", review.FindAction(1)!, "Follow-up #1 of INC-000042 is done.")),
            ("overdue", FollowUpCard.Overdue("INC-000042", action)),
        };

        var results = await AdaptiveCardValidator.ValidateAsync(cards.Select(c => (c.Name, c.Card.ToJson())));

        results.Should().HaveCount(cards.Length).And.OnlyContain(r => r.IsValid, string.Join("; ", results.SelectMany(r => r.Problems.Select(p => $"{r.Name}: {p}"))));
    }

    [Fact]
    public void Form_SaveButton_NamesOnlyTheIncidentAndHasEveryInput()
    {
        var json = ReviewCard.Form("INC-000042", "t", new ReviewInput("Summary", null, null, null, null, null), []).ToJson();

        json.Should().Contain("\"verb\":\"crisis.review.save\"").And.Contain("\"data\":{\"incident\":\"INC-000042\"}");
        foreach (var id in new[] { "whatHappened", "impact", "rootCause", "wentWell", "toChange", "actions" })
        {
            json.Should().Contain($"\"id\":\"{id}\"");
        }

        json.Should().Contain("\"value\":\"Summary\"");
    }

    [Fact]
    public void RecordAndReminder_HostileText_IsEscaped()
    {
        var review = PostIncidentReviewTests.Saved(("amara", Hostile));

        foreach (var json in new[] { ReviewCard.Record(CrisisRoom.Declare("INC-000042", "t", null, DateTimeOffset.UnixEpoch), review).ToJson(), FollowUpCard.Reminder("INC-000042", review.FindAction(1)!).ToJson() })
        {
            json.Should().NotContain("<at>").And.NotContain("](https").And.NotContain("**boom**");
        }
    }
}
