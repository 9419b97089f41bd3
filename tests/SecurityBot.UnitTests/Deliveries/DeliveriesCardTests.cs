using SecurityBot.Cards;
using SecurityBot.Platform.Deliveries;

namespace SecurityBot.UnitTests.Deliveries;

public sealed class DeliveriesCardTests
{
    [Fact]
    public void Create_FullView_EscapesNamesAndEachRetryNamesOnlyTheOutboxRow()
    {
        var json = DeliveriesCard.Create(DeliveriesCardSamples.Full(), TimeDisplay.Utc).ToJson();

        json.Should().NotContain("**Bowen**").And.NotContain("[x](https://evil.example)");
        json.Should().Contain(DeliveriesCard.RetryVerb).And.Contain("0193a2f400007000800000000000000" + "1");
        json.Should().Contain("… and 3 more.").And.Contain("… and 12 more.");
        json.Should().Contain("since an unknown time");
    }

    [Fact]
    public void Create_Empty_SaysSo()
    {
        var json = DeliveriesCard.Create(new DeliveriesView([], [], 0, 0), TimeDisplay.Utc).ToJson();

        json.Should().Contain("Nobody").And.Contain("None").And.NotContain(DeliveriesCard.RetryVerb);
    }
}
