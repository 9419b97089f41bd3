using SecurityBot.Crisis.Application;

namespace SecurityBot.UnitTests.Crisis;

public sealed class FollowUpTimerTests
{
    [Fact]
    public void TryParse_EntityIdItMade_ReadsItBack()
    {
        FollowUpTimer.TryParse(FollowUpTimer.EntityId("INC-000042", 12), out var incident, out var number).Should().BeTrue();

        (incident, number).Should().Be(("INC-000042", 12));
    }

    [Theory]
    [InlineData("INC-000042")]
    [InlineData("#2")]
    [InlineData("INC-000042#")]
    [InlineData("INC-000042#-1")]
    [InlineData("INC-000042#0")]
    public void TryParse_Malformed_IsFalse(string entityId)
    {
        FollowUpTimer.TryParse(entityId, out _, out _).Should().BeFalse();
    }
}
