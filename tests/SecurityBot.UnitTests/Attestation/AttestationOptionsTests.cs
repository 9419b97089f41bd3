using SecurityBot.Attestation.Domain;

namespace SecurityBot.UnitTests.Attestation;

public sealed class AttestationOptionsTests
{
    private const string FinanceId = "6a1d3c44-3f0e-4d8e-9f61-1a3b1d2c0f11";
    private const string SalesId = "0b7c6e2a-2f3b-4a43-8e1e-5d9c1f1e2a22";

    private static AttestationOptions Options() => new()
    {
        Groups = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Finance"] = FinanceId, ["Sales team"] = SalesId },
    };

    [Theory]
    [InlineData("Finance")]
    [InlineData("  finance ")]
    [InlineData(FinanceId)]
    [InlineData("6A1D3C44-3F0E-4D8E-9F61-1A3B1D2C0F11")]
    public void FindGroup_ConfiguredNameOrId_IsTheIdWithItsName(string value)
    {
        Options().FindGroup(value).Should().Be((FinanceId, "Finance"));
    }

    [Fact]
    public void FindGroup_AnyOtherValue_IsThatIdTrimmedWithoutAName()
    {
        Options().FindGroup(" 11111111-2222-3333-4444-555555555555 ").Should().Be(("11111111-2222-3333-4444-555555555555", null));
        Options().FindGroup("Sales").Should().Be(("Sales", null), "a name is matched whole, not by its start");
        Options().FindGroup("Sales team").Should().Be((SalesId, "Sales team"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void FindGroup_Blank_IsNothing(string? value)
    {
        Options().FindGroup(value).Should().Be((null, null));
    }

    [Fact]
    public void IsBusinessDay_WeekendsAndHolidaysAreNot()
    {
        var options = new AttestationOptions { Holidays = [new DateOnly(2026, 3, 17)] };

        options.IsBusinessDay(new DateOnly(2026, 3, 16)).Should().BeTrue();
        options.IsBusinessDay(new DateOnly(2026, 3, 17)).Should().BeFalse();
        options.IsBusinessDay(new DateOnly(2026, 3, 14)).Should().BeFalse();
        options.TimeZoneIsKnown().Should().BeTrue();
        new AttestationOptions { TimeZone = "Mars/Olympus_Mons" }.TimeZoneIsKnown().Should().BeFalse();
    }
}
