using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using SecurityBot.Cards;
using SecurityBot.Incidents.Teams;
using SecurityBot.Platform.Results;
using SecurityBot.Policies.Teams;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.RiskAcceptances.Teams;
using SecurityBot.UnitTests.Incidents;

namespace SecurityBot.UnitTests.Regional;

/// <summary>
/// Issue 20 item 2: card text comes from resource files chosen by the reader's Teams locale, English by default and
/// German for the employee journeys; every translation says the same things with the same placeholders.
/// </summary>
public sealed partial class LanguageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly DateOnly Today = new(2026, 3, 2);

    public static TheoryData<string> ResourceFiles() => new(Files.Keys);

    private static Dictionary<string, ResourceManager> Files { get; } = new()
    {
        ["IncidentTexts"] = new("SecurityBot.Incidents.Teams.Resources.IncidentTexts", typeof(IncidentReportForm).Assembly),
        ["PolicyTexts"] = new("SecurityBot.Policies.Teams.Resources.PolicyTexts", typeof(PolicyLanguage).Assembly),
        ["RiskTexts"] = new("SecurityBot.RiskAcceptances.Teams.Resources.RiskTexts", typeof(RiskLanguage).Assembly),
        ["TimeTexts"] = new("SecurityBot.Cards.Text.Resources.TimeTexts", typeof(TimeDisplay).Assembly),
    };

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Translation_German_SaysEveryTextWithTheSamePlaceholders(string file)
    {
        var resources = Files[file];
        var english = Texts(resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!);
        var german = Texts(resources.GetResourceSet(CultureInfo.GetCultureInfo("de"), createIfNotExists: true, tryParents: false)!);

        english.Should().NotBeEmpty();
        german.Keys.Should().BeEquivalentTo(english.Keys, "every English text has its German one and nothing else");
        foreach (var (key, text) in english)
        {
            Placeholders(german[key]).Should().BeEquivalentTo(Placeholders(text), $"{file}.{key} fills the same blanks in German");
        }
    }

    [Fact]
    public void ReportForm_GermanLocale_EveryLabelInGerman()
    {
        var texts = Texts(IncidentReportForm.Create(Today, IncidentLanguage.For(German)));

        texts.Should().Contain("Sicherheitsvorfall melden").And.Contain("Was ist passiert?").And.Contain("Meldung absenden")
            .And.Contain("Phishing oder verdächtige E-Mail");
        texts.Should().NotContain("Report a security incident").And.NotContain("What happened?");
    }

    [Theory]
    [InlineData("de-AT")]
    [InlineData("de-CH")]
    [InlineData("de")]
    public void ReportForm_AnyGermanLocale_German(string locale) =>
        Texts(IncidentReportForm.Create(Today, IncidentLanguage.For(CultureInfo.GetCultureInfo(locale)))).Should().Contain("Sicherheitsvorfall melden");

    [Theory]
    [InlineData("en-US")]
    [InlineData("fr-FR")]
    [InlineData("ja-JP")]
    public void ReportForm_LocaleWithoutATranslation_English(string locale) =>
        Texts(IncidentReportForm.Create(Today, IncidentLanguage.For(CultureInfo.GetCultureInfo(locale)))).Should().Contain("Report a security incident");

    [Fact]
    public void ReportForm_GermanLocaleWithErrors_ProblemsInGermanWithTheirNumbers()
    {
        var errors = new[]
        {
            new FieldError("description", "Describe what happened in at least 10 characters.") { Code = "DescriptionTooShort", Arguments = [10] },
            new FieldError("category", "An untranslated problem."),
        };

        var texts = Texts(IncidentReportForm.Create(Today, IncidentLanguage.For(German), errors: errors));

        texts.Should().Contain("Beschreiben Sie in mindestens 10 Zeichen, was passiert ist.");
        texts.Should().Contain("An untranslated problem.", "a problem nobody translated is still said, in English");
    }

    [Fact]
    public void Confirmation_GermanReaderInBerlin_GermanWordsGermanDateBerlinTime()
    {
        var reader = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), German);
        var incident = IncidentSamples.New();

        var texts = Texts(ReporterConfirmation.Create(incident, IncidentSamples.Reporter.Id, reader));

        texts.Should().Contain("Meldung erhalten").And.Contain("Das Sicherheitsteam wurde benachrichtigt.")
            .And.Contain($"fällig bis {reader.At(incident.AcknowledgeBy)}").And.Contain("Ortszeit Berlin").And.Contain("Meine Vorfälle");
        texts.Should().NotContain("Report received").And.NotContain("Berlin time");
    }

    [Fact]
    public void TimeDisplay_German_DatesDurationsAndZoneNamesInGerman()
    {
        var reader = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Dublin"), German);
        var at = new DateTimeOffset(2026, 12, 7, 13, 0, 0, TimeSpan.Zero);

        reader.At(at).Should().Be("7. Dez. 2026, 13:00 Ortszeit Dublin");
        reader.DurationOf(TimeSpan.FromMinutes(135)).Should().Be("2 Std. 15 Min.");
        reader.RelativeTo(at, at.AddHours(2)).Should().Be("vor 2 Std.");
        TimeDisplay.Relative(at, at.AddHours(2)).Should().Be("2 h ago", "the culture-free form stays English");
    }

    [Fact]
    public void PolicyAnswer_German_WordsAroundTheAnswerInGermanPolicyTextAsWritten()
    {
        var texts = Texts(SecurityBot.UnitTests.Policies.Chat.PolicyChat.Responder.Respond("can I use my personal USB stick?", PolicyLanguage.For(German)));

        texts.Should().Contain("Was die Richtlinien sagen").And.Contain("Ihre Frage: „can I use my personal USB stick?“").And.Contain("Ganze Richtlinie öffnen");
        texts.Should().Contain("USB", "the policy is quoted in the language it was written in");
    }

    [Fact]
    public void RiskForm_GermanWithLengthProblem_NamesTheFieldInGerman()
    {
        var card = RiskRequestFormCard.Create(new RiskFormValues(Title: "x"), [], 365, 90,
            [new FieldError("title", "Title must be at least 3 characters.") { Code = "TooShort", Arguments = [3] }], text: RiskLanguage.For(German));

        var texts = Texts(card);

        texts.Should().Contain("Risikoakzeptanz beantragen").And.Contain("Titel muss mindestens 3 Zeichen lang sein.").And.Contain("Zur Genehmigung einreichen");
        texts.Should().NotContain("Title must be");
    }

    [Fact]
    public void RiskCard_GermanRequesterAfterSubmitting_StatusHeadlineAndFactsInGerman()
    {
        var risk = SecurityBot.UnitTests.RiskAcceptances.RiskTestData.Submitted();
        var reader = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), German);
        var text = RiskLanguage.For(German);

        var texts = Texts(RiskCard.Create(risk, RiskCardViewer.ReadOnly(SecurityBot.UnitTests.RiskAcceptances.RiskTestData.Requester.Id), reader,
            text.Headline(risk, "Submitted", [risk.Reference, "Megan Bowen"], "English message"), 365));

        texts.Should().Contain($"{risk.Reference} wurde eingereicht. Wartet auf die Genehmigung: Vorgesetzte (Megan Bowen).")
            .And.Contain("Genehmigung ausstehend – Stufe 1 von").And.Contain("Beantragt von").And.Contain("Risikomatrix");
        texts.Should().NotContain("English message").And.NotContain("Pending approval");
    }

    [Fact]
    public void RiskCard_GermanApprover_DecisionButtonsInGerman()
    {
        var risk = SecurityBot.UnitTests.RiskAcceptances.RiskTestData.Submitted();
        var reader = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), German);

        var texts = Texts(RiskCard.Create(risk, new RiskCardViewer(SecurityBot.UnitTests.RiskAcceptances.RiskTestData.Manager.Id, true), reader, null, 365));

        texts.Should().Contain("Genehmigen").And.Contain("Ablehnen").And.Contain("Änderungen anfordern").And.NotContain("\"Approve\"");
    }

    private static Dictionary<string, string> Texts(ResourceSet set) =>
        set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Distinct().Order().ToList();

    private static string Texts(AdaptiveCard card) => card.ToJson();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
