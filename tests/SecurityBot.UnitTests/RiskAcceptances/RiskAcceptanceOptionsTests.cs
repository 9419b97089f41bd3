using System.ComponentModel.DataAnnotations;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.RiskAcceptances;

public sealed class RiskAcceptanceOptionsTests
{
    [Fact]
    public void ChainFor_Defaults_FollowTheScore()
    {
        var options = new RiskAcceptanceOptions();

        options.ChainFor(RiskLevel.Low).Should().Equal(RiskAcceptanceStage.Manager);
        options.ChainFor(RiskLevel.Medium).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam);
        options.ChainFor(RiskLevel.High).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
        options.ChainFor(RiskLevel.Critical).Should().Equal(RiskAcceptanceStage.Manager, RiskAcceptanceStage.Cso);
    }

    [Fact]
    public void ChainFor_Configured_ReplacesTheDefault()
    {
        var options = new RiskAcceptanceOptions { CriticalChain = [RiskAcceptanceStage.Manager, RiskAcceptanceStage.SecurityTeam, RiskAcceptanceStage.Cso] };

        options.ChainFor(RiskLevel.Critical).Should().HaveCount(3);
    }

    [Theory]
    [InlineData(366)]
    [InlineData(0)]
    public void Validate_MaxDurationOutOfRange_Fails(int days)
    {
        var options = new RiskAcceptanceOptions { MaxDurationDays = days, DefaultDurationDays = 1 };

        Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true).Should().BeFalse();
    }

    [Fact]
    public void Validate_DefaultAboveMax_Fails()
    {
        var options = new RiskAcceptanceOptions { MaxDurationDays = 30, DefaultDurationDays = 90 };

        Validator.TryValidateObject(options, new ValidationContext(options), null, validateAllProperties: true).Should().BeFalse();
    }

    [Fact]
    public void EffectiveReminderDays_Unordered_LargestFirstWithoutDuplicates()
    {
        var options = new RiskAcceptanceOptions { ReminderDaysBeforeExpiry = [7, 30, 7] };

        options.EffectiveReminderDays.Should().Equal(30, 7);
    }
}
