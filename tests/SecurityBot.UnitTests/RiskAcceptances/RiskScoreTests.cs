using SecurityBot.RiskAcceptances.Domain;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskScoreTests
{
    [Theory]
    [InlineData(1, 1, 1, RiskLevel.Low)]
    [InlineData(1, 3, 3, RiskLevel.Low)]
    [InlineData(2, 2, 4, RiskLevel.Medium)]
    [InlineData(2, 3, 6, RiskLevel.Medium)]
    [InlineData(1, 5, 5, RiskLevel.Medium)]
    [InlineData(2, 4, 8, RiskLevel.High)]
    [InlineData(3, 3, 9, RiskLevel.High)]
    [InlineData(3, 4, 12, RiskLevel.High)]
    [InlineData(3, 5, 15, RiskLevel.Critical)]
    [InlineData(4, 4, 16, RiskLevel.Critical)]
    [InlineData(5, 5, 25, RiskLevel.Critical)]
    public void Level_Product_FallsInTheDocumentedBand(int likelihood, int impact, int value, RiskLevel level)
    {
        var score = new RiskScore(likelihood, impact);

        score.Value.Should().Be(value);
        score.Level.Should().Be(level);
    }

    [Fact]
    public void Level_Matrix_IsSymmetric()
    {
        for (var l = 1; l <= 5; l++)
        {
            for (var i = 1; i <= 5; i++)
            {
                new RiskScore(l, i).Level.Should().Be(new RiskScore(i, l).Level);
            }
        }
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(6, 3)]
    [InlineData(3, 0)]
    [InlineData(3, 6)]
    public void Constructor_OutOfRange_Throws(int likelihood, int impact)
    {
        var act = () => new RiskScore(likelihood, impact);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData("RA-000017", 17)]
    [InlineData("ra-17", 17)]
    [InlineData(" 17 ", 17)]
    public void TryParse_Reference_ReadsTheNumber(string text, int expected)
    {
        RiskAcceptanceNumber.TryParse(text, out var number).Should().BeTrue();
        number.Should().Be(expected);
    }

    [Theory]
    [InlineData("RA-")]
    [InlineData("RA-x1")]
    [InlineData("RA-0")]
    [InlineData("INC-17")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParse_NotAReference_ReturnsFalse(string? text) =>
        RiskAcceptanceNumber.TryParse(text, out _).Should().BeFalse();

    [Fact]
    public void Format_Number_IsSixDigits() => RiskAcceptanceNumber.Format(17).Should().Be("RA-000017");
}
