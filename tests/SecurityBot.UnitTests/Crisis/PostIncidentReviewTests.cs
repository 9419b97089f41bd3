using SecurityBot.Crisis.Domain;

namespace SecurityBot.UnitTests.Crisis;

public sealed class PostIncidentReviewTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    internal static PostIncidentReview Saved(params (string Owner, string Text)[] actions)
    {
        var room = CrisisRoom.Declare("INC-000042", "Stolen VPN password", ("lead-1", "Tomas Herrera"), Now);
        var review = PostIncidentReview.For(room, Now);
        review.Save(new ReviewDraft("What happened", "Impact", null, null, null),
            actions.Select((a, i) => (new FollowUpLine(i + 1, a.Owner + "@example.com", new DateOnly(2026, 3, 10), a.Text), a.Owner, a.Owner + " Name")),
            ("jin", "Jin Park"), Now);
        return review;
    }

    [Fact]
    public void Save_Again_ReplacesOpenActionsKeepsDoneOnesAndNeverReusesANumber()
    {
        var review = Saved(("jin", "MFA"), ("amara", "Drill"));
        review.FindAction(1)!.MarkDone("jin", "Jin Park", false, Now);

        var removed = review.Save(new ReviewDraft("Second", null, null, null, null),
            [(new FollowUpLine(1, "lena@example.com", new DateOnly(2026, 3, 12), "Audit"), "lena", "Lena Fischer")], ("tomas", "Tomas Herrera"), Now.AddDays(1));

        removed.Select(a => a.Number).Should().Equal(2);
        review.Actions.Select(a => (a.Number, a.Text, a.IsDone)).Should().Equal((1, "MFA", true), (3, "Audit", false));
        (review.Revision, review.WhatHappened, review.AuthorName, review.LastActionNumber).Should().Be((2, "Second", "Tomas Herrera", 3));
        review.Impact.Should().BeNull();
    }

    [Fact]
    public void TryCreate_NothingAboutWhatHappened_IsRefusedAndEmptySectionsAreNull()
    {
        ReviewDraft.TryCreate("  ", null, null, null, null, out var none, out var errors).Should().BeFalse();
        none.Should().BeNull();
        errors.Should().Equal("Say what happened.");

        ReviewDraft.TryCreate(" It happened ", " ", "cause", null, null, out var draft, out _).Should().BeTrue();
        draft.Should().Be(new ReviewDraft("It happened", null, "cause", null, null));
    }
}
