using SecurityBot.Attestation.Domain;

namespace SecurityBot.UnitTests.Attestation;

public sealed class PolicyVersionsTests
{
    [Theory]
    [InlineData("3.1", "3.0")]
    [InlineData("3.10", "3.9")]
    [InlineData("4", "3.9")]
    [InlineData("v10", "v9")]
    [InlineData("2026-2", "2026-1")]
    [InlineData("3.0.1", "3.0")]
    [InlineData("3.0b", "3.0a")]
    public void IsNewer_LaterVersion_True(string candidate, string than)
    {
        PolicyVersions.IsNewer(candidate, than).Should().BeTrue();
        PolicyVersions.IsNewer(than, candidate).Should().BeFalse();
    }

    [Theory]
    [InlineData("3.0", "3.0")]
    [InlineData("3.00", "3.0")]
    [InlineData("03.0", "3.0")]
    public void IsNewer_SameVersion_False(string candidate, string than) => PolicyVersions.IsNewer(candidate, than).Should().BeFalse();
}
