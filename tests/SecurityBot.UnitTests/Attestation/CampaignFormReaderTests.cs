using System.Text.Json;
using SecurityBot.Attestation.Domain;
using SecurityBot.Attestation.Teams;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Attestation;

public sealed class CampaignFormReaderTests
{
    private static CardActionData Data(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new CardActionData(document.RootElement.Clone());
    }

    [Fact]
    public void Read_CompleteForm_IsTheRequestWithoutError()
    {
        var (request, values, error) = CampaignFormReader.Read(Data("""
            {"policy":" acceptable-use ","audienceKind":"Department","audienceValue":" Sales ","due":"2026-03-31","message":"Before the audit."}
            """));

        error.Should().BeNull();
        request.Policy.Should().Be("acceptable-use");
        request.AudienceKind.Should().Be(AudienceKind.Department);
        request.AudienceValue.Should().Be("Sales");
        request.DueOn.Should().Be(new DateOnly(2026, 3, 31));
        request.Message.Should().Be("Before the audit.");
        values.Should().Be(new CampaignFormValues("acceptable-use", AudienceKind.Department, "Sales", new DateOnly(2026, 3, 31), "Before the audit."));
    }

    [Theory]
    [InlineData("group", nameof(AudienceKind.Group))]
    [InlineData("EVERYONE", nameof(AudienceKind.Everyone))]
    [InlineData(" department ", nameof(AudienceKind.Department))]
    public void Read_KnownKinds_AreReadWhateverTheCase(string kind, string expected)
    {
        var (request, _, error) = CampaignFormReader.Read(Data($$"""{"audienceKind":"{{kind}}","due":"2026-03-31"}"""));

        error.Should().BeNull();
        request.AudienceKind.Should().Be(Enum.Parse<AudienceKind>(expected));
    }

    [Theory]
    [InlineData("\"tenant\"")]
    [InlineData("\"everyone-and-guests\"")]
    [InlineData("\"\"")]
    public void Read_UnknownKind_IsAFieldErrorAndNeverWidensTheAudience(string kind)
    {
        var (request, _, error) = CampaignFormReader.Read(Data($$"""{"audienceKind":{{kind}},"audienceValue":"finance","due":"2026-03-31"}"""));

        error.Should().Be(new FieldError("audienceKind", "Choose the audience from the list."));
        request.AudienceKind.Should().NotBe(AudienceKind.Everyone);
    }

    [Theory]
    [InlineData("31/03/2026")]
    [InlineData("2026-02-30")]
    [InlineData("tomorrow")]
    [InlineData("2026-03-31T00:00:00Z")]
    public void Read_BadDate_IsAFieldErrorOnTheDueDate(string due)
    {
        var (request, values, error) = CampaignFormReader.Read(Data($$"""{"audienceKind":"group","audienceValue":"finance","due":"{{due}}"}"""));

        error.Should().Be(new FieldError("due", "The due date must be a date (yyyy-MM-dd)."));
        request.DueOn.Should().BeNull();
        values.AudienceValue.Should().Be("finance", "the form is shown again as typed");
    }

    [Fact]
    public void Read_NoDateNoKind_IsNoErrorHereTheDraftAsksForTheDate()
    {
        var (request, _, error) = CampaignFormReader.Read(Data("""{"due":" ","audienceKind":42}"""));

        error.Should().BeNull();
        request.DueOn.Should().BeNull();
        request.AudienceKind.Should().Be(AudienceKind.Group, "a kind of the wrong JSON type is absent, and absent is a group, which needs an id");
    }

    [Fact]
    public void Read_OverlongValues_AreCutSoTheDraftRefusesThem()
    {
        var (request, _, _) = CampaignFormReader.Read(Data($$"""
            {"audienceKind":"group","audienceValue":"{{new string('g', 500)}}","message":"{{new string('m', 5000)}}"}
            """));

        request.AudienceValue.Should().HaveLength(CampaignAudience.MaxValueLength + 1);
        request.Message.Should().HaveLength(AttestationCampaign.MaxMessageLength + 1);
        CampaignAudience.From(request.AudienceKind, request.AudienceValue, null, out var audienceError).Should().BeNull();
        audienceError.Should().Be("Give the Entra group's object id.");
    }
}
