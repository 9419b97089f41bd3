using SecurityBot.Attestation.Application;

namespace SecurityBot.UnitTests.Attestation;

public sealed class FanOutBatchTests
{
    [Theory]
    [InlineData(1_000, 100)]
    [InlineData(10_000, 1_000)]
    [InlineData(200, 20)]
    [InlineData(50, 10)]
    [InlineData(10, 10)]
    public void FirstBatchSize_OfTheConfiguredBatch_IsATenthAtLeastTenNeverMore(int batchSize, int expected)
    {
        FanOutHandler.FirstBatchSize(batchSize).Should().Be(expected);
    }
}
