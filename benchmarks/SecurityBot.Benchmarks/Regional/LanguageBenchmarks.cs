using System.Globalization;
using BenchmarkDotNet.Attributes;
using SecurityBot.Cards;
using SecurityBot.Incidents.Teams;
using SecurityBot.RiskAcceptances.Teams;

namespace SecurityBot.Benchmarks.Regional;

/// <summary>
/// What reading card text from resource files costs (issue 20 item 2): the report form and the risk request form
/// built and serialised for an English reader (the neutral resources in the main assembly) against a German one (the
/// satellite assembly), and one text looked up on its own.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class LanguageBenchmarks
{
    private static readonly DateOnly Today = new(2026, 12, 6);
    private static readonly (string, string)[] Policies = [("encryption", "Cryptography and Encryption Policy"), ("passwords", "Passwords and MFA")];
    private readonly Localizer _englishIncident = IncidentLanguage.For(CultureInfo.GetCultureInfo("en-GB"));
    private readonly Localizer _germanIncident = IncidentLanguage.For(CultureInfo.GetCultureInfo("de-DE"));
    private readonly Localizer _englishRisk = RiskLanguage.For(CultureInfo.GetCultureInfo("en-GB"));
    private readonly Localizer _germanRisk = RiskLanguage.For(CultureInfo.GetCultureInfo("de-DE"));

    [Benchmark(Baseline = true)]
    public string ReportFormEnglish() => IncidentReportForm.Create(Today, _englishIncident).ToJson();

    [Benchmark]
    public string ReportFormGerman() => IncidentReportForm.Create(Today, _germanIncident).ToJson();

    [Benchmark]
    public string RiskFormEnglish() => RiskRequestFormCard.Create(new RiskFormValues(), Policies, 365, 90, text: _englishRisk).ToJson();

    [Benchmark]
    public string RiskFormGerman() => RiskRequestFormCard.Create(new RiskFormValues(), Policies, 365, 90, text: _germanRisk).ToJson();

    [Benchmark]
    public string OneTextEnglish() => _englishIncident["Report_Title"];

    [Benchmark]
    public string OneTextGerman() => _germanIncident["Report_Title"];
}
