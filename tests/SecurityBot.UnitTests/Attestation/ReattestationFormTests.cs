using System.Text.Json;
using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.UnitTests.Policies;

namespace SecurityBot.UnitTests.Attestation;

public sealed class ReattestationFormTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void Create_Reattestation_NextCarriesTheEarlierCampaignAndTheFormSaysSo()
    {
        var card = CampaignFormCard.Create(StarterLibrary.Instance, new AttestationOptions(),
            new CampaignFormValues("acceptable-use", AudienceKind.Department, "Finance", Today.AddDays(14), "What changed: 2.3", 3), Today);

        var next = card.Actions.OfType<ExecuteAction>().Single();
        next.Verb.Should().Be(AttestationVerbs.Preview);
        next.Data!.ToJsonString().Should().Be("""{"reattest":3}""");
        card.ToJson().Should().Contain("Re-attestation: the cards show what changed since campaign 3.");
    }

    [Fact]
    public void Create_NewCampaign_NextCarriesNoData()
    {
        var card = CampaignFormCard.Create(StarterLibrary.Instance, new AttestationOptions(), CampaignFormValues.Empty, Today);

        card.Actions.OfType<ExecuteAction>().Single().Data.Should().BeNull();
        card.ToJson().Should().NotContain("Re-attestation");
    }

    [Theory]
    [InlineData("\"reattest\":3", 3)]
    [InlineData("\"reattest\":\"12\"", 12)]
    [InlineData("\"reattest\":\"-1\"", null)]
    [InlineData("\"reattest\":0", null)]
    [InlineData("\"reattest\":\"x\"", null)]
    [InlineData("\"reattest\":{\"a\":1}", null)]
    [InlineData("\"other\":1", null)]
    public void Read_ReattestData_OnlyAPositiveNumber(string member, int? expected)
    {
        using var json = JsonDocument.Parse($$"""{"policy":"acceptable-use","audienceKind":"department","audienceValue":"Finance","due":"2026-12-21",{{member}}}""");

        var (request, values, error) = CampaignFormReader.Read(new CardActionData(json.RootElement.Clone()));

        error.Should().BeNull();
        request.Reattest.Should().Be(expected);
        values.Reattest.Should().Be(expected);
    }
}
