using System.Globalization;
using SecurityBot.Attestation.Application;
using SecurityBot.Attestation.Domain;
using static SecurityBot.UnitTests.Attestation.AttestationSamples;
using SecurityBot.Testing.Files;

namespace SecurityBot.UnitTests.Attestation;

public class AttestationCsvTests
{
    [Fact]
    public void Write_EveryMember_OneRowEachWithTheirStatusVersionAndUtcTime()
    {
        var campaign = Campaign(dueOn: Today.AddDays(5));
        var accepted = Member(campaign, "u-1", "Alex Wilber", "Engineering");
        accepted.Accept(Now.AddHours(3));
        var earlier = Member(campaign, "u-2", "Adele Vance", "Finance");
        earlier.AcceptedEarlier(Now.AddDays(-30), 4);
        var pending = Member(campaign, "u-3", "Isaiah Langer", null);
        pending.Remind(Today);
        var gone = Member(campaign, "u-4", "Ben Carter", "Sales");
        gone.Remove("left the directory", Now.AddHours(1));

        var rows = CsvCells.Parse(AttestationCsv.Write(campaign, [accepted, earlier, pending, gone], Today));

        rows[0].Should().Equal(AttestationCsv.Headers);
        rows.Should().HaveCount(5);
        rows[1].Should().Equal("1", "acceptable-use", "Acceptable Use Policy", "3.0", "Alex Wilber", "u-1", "Engineering", "accepted", "2026-03-02T13:00:00Z", "1", "0", string.Empty, string.Empty, string.Empty);
        rows[2][7..10].Should().Equal("accepted earlier", "2026-01-31T10:00:00Z", "4");
        rows[3][6..11].Should().Equal(string.Empty, "pending", string.Empty, string.Empty, "1");
        rows[4][7].Should().Be("dropped out");
        rows[4][12..].Should().Equal("2026-03-02T11:00:00Z", "left the directory");
    }

    [Fact]
    public void Status_PendingAfterTheDueDate_Overdue()
    {
        var campaign = Campaign(dueOn: Today.AddDays(1));
        var member = Member(campaign, "u-1", "Alex Wilber", "Engineering");

        AttestationCsv.Status(campaign, member, Today.AddDays(1)).Should().Be("pending", "the due date itself is not late");
        AttestationCsv.Status(campaign, member, Today.AddDays(2)).Should().Be("overdue");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1")]
    [InlineData("-cmd")]
    [InlineData("@SUM(A1)")]
    public void Write_DirectoryTextStartingWithAFormulaCharacter_IsEscaped(string text)
    {
        var campaign = Campaign();
        var member = Member(campaign, "u-1", text, text);

        var row = CsvCells.Parse(AttestationCsv.Write(campaign, [member], Today))[1];

        row[4].Should().Be("'" + text);
        row[6].Should().Be("'" + text);
    }

    [Fact]
    public void Write_UnderACommaDecimalCulture_VersionAndTimesStayInvariant()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var campaign = Campaign();
            var member = Member(campaign, "u-1", "Alex Wilber", "Engineering");
            member.Accept(Now);

            var row = CsvCells.Parse(AttestationCsv.Write(campaign, [member], Today))[1];

            row[3].Should().Be("3.0");
            row[8].Should().Be("2026-03-02T10:00:00Z");
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void FileName_PolicyIdAndVersion_PlainCharactersOnly()
    {
        AttestationCsv.FileName(Campaign(), Today).Should().Be("attestation-campaign-1-acceptable-use-3.0-2026-03-02.csv");
    }

    private static AudienceMember Member(AttestationCampaign campaign, string id, string name, string? department) =>
        AudienceMember.Add(campaign.Id, id, name, department, Now);
}
