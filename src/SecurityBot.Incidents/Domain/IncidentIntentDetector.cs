using System.Text.RegularExpressions;

namespace SecurityBot.Incidents.Domain;

/// <summary>
/// Rule-based reading of free text ("I got an email asking for my password", "my laptop was stolen"). Each rule is a
/// pattern with a weight towards one category; the best category's total, capped at 1, is the confidence. Deliberately
/// simple and explainable: every match is reported back as something the bot "understood".
/// </summary>
internal static class IncidentIntentDetector
{
    private sealed record Rule(IncidentCategory Category, double Weight, string Understood, Regex Pattern);

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private static readonly TimeSpan Timeout = TimeSpan.FromMilliseconds(200);

    private static readonly Rule[] Rules = BuildRules(Timeout);

    private static readonly Regex ClickedPattern = BuildClickedPattern(Timeout);

    public static IncidentIntent Detect(string? text) => Detect(text, Rules, ClickedPattern, IndicatorExtractor.Extract);

    /// <summary>The same detection with every pattern's match timeout set to <paramref name="matchTimeout"/> (tests: a timeout on any input).</summary>
    internal static IncidentIntent Detect(string? text, TimeSpan matchTimeout) =>
        Detect(text, BuildRules(matchTimeout), BuildClickedPattern(matchTimeout), t => IndicatorExtractor.Extract(t, matchTimeout));

    private static Rule[] BuildRules(TimeSpan timeout) =>
    [
        R(IncidentCategory.Phishing, 0.4, "a suspicious email or message", @"\b(e-?mail|mail|message|sms|text message|teams message)\b.{0,60}\b(suspicious|strange|weird|odd|fake|spoof\w*|urgent|asking|asked|requesting)\b|\b(suspicious|strange|weird|odd|fake|spoofed)\b.{0,40}\b(e-?mail|mail|message|link|attachment|sender)\b", timeout),
        R(IncidentCategory.Phishing, 0.5, "a request for a password or login details", @"\b(ask\w*|request\w*|want\w*|verify|confirm|update|reset)\b.{0,40}\b(password|credentials|login|log-?in details|mfa code|2fa code|one-?time code|pin)\b", timeout),
        R(IncidentCategory.Phishing, 0.6, "phishing", @"\bphish\w*|\bspear-?phish\w*|\bsmish\w*|\bvish\w*", timeout),
        R(IncidentCategory.Phishing, 0.3, "a link or attachment", @"\b(link|attachment|invoice|docusign|shared (a )?document)\b", timeout),
        R(IncidentCategory.Malware, 0.6, "malware or a virus", @"\b(malware|virus|trojan|spyware|keylogger|worm|infected)\b", timeout),
        R(IncidentCategory.Malware, 0.4, "a suspicious pop-up or program", @"\b(pop-?up|popup|antivirus (alert|warning)|defender (alert|warning)|strange program|unknown (program|software|app))\b", timeout),
        R(IncidentCategory.Ransomware, 0.8, "ransomware", @"\bransom\w*|\b(files?|documents?) (are |were |got |have been )?(encrypted|locked)\b|\bpay (in )?bitcoin\b", timeout),
        R(IncidentCategory.LostOrStolenDevice, 0.7, "a lost or stolen device", @"\b(lost|stolen|stole|missing|left|forgot|misplaced|theft of)\b.{0,30}\b(laptop|phone|mobile|iphone|android|tablet|ipad|device|usb|badge|computer|notebook|macbook|yubikey|token)\b|\b(laptop|phone|mobile|tablet|device|badge|computer|macbook)\b.{0,30}\b(was |got |has been )?(lost|stolen|missing)\b", timeout),
        R(IncidentCategory.AccountCompromise, 0.6, "a suspicious login or account activity", @"\b(suspicious|unknown|strange|unexpected|unrecognised|unrecognized)\b.{0,30}\b(login|log-?in|sign-?in|mfa|2fa|push|prompt|approval|activity)\b|\b(hacked|compromised|taken over|locked out)\b|\bmfa (fatigue|bombing|spam)\b|\bsomeone (logged|signed) in\b", timeout),
        R(IncidentCategory.AccountCompromise, 0.3, "a password change you did not make", @"\bpassword (was |has been )?(changed|reset)\b.{0,30}\b(not me|didn'?t|did not)\b", timeout),
        R(IncidentCategory.DataBreach, 0.7, "data sent to the wrong person", @"\b(sent|emailed|e-mailed|shared|forwarded|uploaded)\b.{0,50}\b(wrong (person|recipient|address|customer|email)|by mistake|by accident|accidentally|external|public)\b", timeout),
        R(IncidentCategory.DataBreach, 0.5, "leaked or exposed data", @"\b(data (leak|breach)|leaked|exposed|publicly (accessible|available)|customer data|personal data)\b", timeout),
        R(IncidentCategory.SocialEngineering, 0.5, "a suspicious call or visitor", @"\b(phone call|called me|caller|visitor|tailgat\w*|pretend\w* to be|impersonat\w*|claimed to be|posing as)\b", timeout),
        R(IncidentCategory.Other, 0.3, "a security concern", @"\b(suspicious|security (incident|issue|problem)|report (an? )?(incident|issue))\b", timeout),
    ];

    private static Regex BuildClickedPattern(TimeSpan timeout) => new(
        @"\b(i|we)\s+(have\s+|already\s+|accidentally\s+|just\s+)?(clicked|opened|downloaded|ran|installed|entered|typed|gave|replied|approved|accepted|scanned)\b",
        Options, timeout);

    private static IncidentIntent Detect(string? text, Rule[] rules, Regex clickedPattern, Func<string, IReadOnlyList<Indicator>> extract)
    {
        var input = text is null ? string.Empty : text.Length > IndicatorExtractor.MaxInputLength ? text[..IndicatorExtractor.MaxInputLength] : text;
        var indicators = extract(input);
        var scores = new Dictionary<IncidentCategory, double>();
        var understood = new List<string>();
        foreach (var rule in rules)
        {
            if (Matches(rule.Pattern, input))
            {
                scores[rule.Category] = scores.GetValueOrDefault(rule.Category) + rule.Weight;
                understood.Add(rule.Understood);
            }
        }

        var clicked = Matches(clickedPattern, input);
        if (clicked)
        {
            understood.Add("you clicked, opened or entered something");
        }

        if (indicators.Count > 0)
        {
            understood.Add(indicators.Count == 1 ? "1 indicator (link, address or file hash)" : $"{indicators.Count} indicators (links, addresses or file hashes)");
        }

        if (scores.Count == 0)
        {
            return new IncidentIntent(IncidentCategory.Other, 0, clicked, indicators, understood);
        }

        // A specific category beats the catch-all "Other" when both matched.
        var best = scores.Where(s => s.Key != IncidentCategory.Other || scores.Count == 1)
            .OrderByDescending(s => s.Value).ThenBy(s => s.Key).First();
        var confidence = Math.Min(1.0, best.Value + (clicked ? 0.1 : 0) + (indicators.Count > 0 ? 0.1 : 0));
        return new IncidentIntent(best.Key, Math.Round(confidence, 2), clicked, indicators, understood);
    }

    /// <summary>A rule that runs out of time (a hostile or huge text on a busy machine) reads as "not matched": the text is still offered as a report.</summary>
    private static bool Matches(Regex pattern, string input)
    {
        try
        {
            return pattern.IsMatch(input);
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    private static Rule R(IncidentCategory category, double weight, string understood, string pattern, TimeSpan timeout) =>
        new(category, weight, understood, new Regex(pattern, Options, timeout));
}
