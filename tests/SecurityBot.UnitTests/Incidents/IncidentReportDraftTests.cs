using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Results;

namespace SecurityBot.UnitTests.Incidents;

public sealed class IncidentReportDraftTests
{
    private static readonly DateOnly Today = new(2026, 3, 2);

    [Fact]
    public void TryCreate_GoodInput_TrimsAndParses()
    {
        IncidentReportDraft.TryCreate("Phishing", "  Mail asked for my password  ", "2026-03-01", " Outlook ", "", "true", Today, out var draft, out var errors)
            .Should().BeTrue();

        errors.Should().BeEmpty();
        draft.Should().Be(new IncidentReportDraft(IncidentCategory.Phishing, "Mail asked for my password", new DateOnly(2026, 3, 1), "Outlook", null, true));
    }

    [Fact]
    public void TryCreate_EverythingWrong_ReportsEveryFieldAtOnce()
    {
        IncidentReportDraft.TryCreate("nuclear", "short", "2026-03-03", new string('a', 201), new string('b', 8001), "maybe", Today, out var draft, out var errors)
            .Should().BeFalse();

        draft.Should().BeNull();
        // One error per field, in the form's order.
        errors.Select(e => e.Field).Should().Equal("category", "description", "occurredOn", "affectedSystem", "evidence", "clicked");
        errors.Single(e => e.Field == "occurredOn").Message.Should().Contain("future");
    }

    [Theory]
    [InlineData("03/01/2026")]
    [InlineData("yesterday")]
    public void TryCreate_BadDate_AsksForTheFormat(string date)
    {
        IncidentReportDraft.TryCreate("phishing", "Mail asked for my password", date, null, null, null, Today, out _, out var errors).Should().BeFalse();

        errors.Should().ContainSingle().Which.Should().Match<FieldError>(e => e.Field == "occurredOn" && e.Message.Contains("YYYY-MM-DD"));
    }

    [Fact]
    public void TryCreate_TooLongDescription_SaysHowLong()
    {
        IncidentReportDraft.TryCreate("phishing", new string('x', 4001), null, null, null, "false", Today, out _, out var errors).Should().BeFalse();

        errors.Should().ContainSingle().Which.Should().Match<FieldError>(e => e.Field == "description" && e.Message.Contains("4001"));
    }
}
