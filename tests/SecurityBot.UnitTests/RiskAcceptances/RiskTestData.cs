using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.Platform.Routing;

namespace SecurityBot.UnitTests.RiskAcceptances;

internal static class RiskTestData
{
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly RiskActor Requester = new("00000000-0000-0000-0000-0000000000020", "Alex Wilber");
    public static readonly RiskActor Manager = new("00000000-0000-0000-0000-0000000000021", "Megan Bowen");
    public static readonly RiskActor Cso = new("76ca3146-8f27-404b-bb5a-a24850a45b81", "Priya Raman");
    public static readonly RiskActor Owner = new("d05e07c1-3786-4ee1-9036-e045d6f627f1", "Chloe Martin");

    public static RiskAcceptanceDetails Details(int likelihood = 4, int impact = 4, int days = 90) => new(
        "Legacy build server without EDR",
        "endpoint-security",
        "3.1",
        "Endpoint security — 3.1 EDR on every server",
        "build-01.corp",
        "The vendor agent does not support the old kernel; malware could go unnoticed.",
        likelihood,
        impact,
        "Network isolation, weekly offline scans.",
        "The build server ships the Q3 release; replacing it now would delay the release.",
        days,
        Owner);

    public static RiskAcceptance Submitted(int likelihood = 4, int impact = 4, int days = 90)
    {
        var options = new RiskAcceptanceOptions();
        var risk = RiskAcceptance.Create(17, Requester, Details(likelihood, impact, days), options.MaxDurationDays, Now);
        risk.Submit(options.ChainFor(risk.Score.Level), Now);
        return risk;
    }

    public static RiskAcceptance Accepted(int days = 90)
    {
        var risk = Submitted(days: days);
        risk.Approve(Manager, Now.AddHours(1));
        risk.Approve(Cso, Now.AddHours(2));
        return risk;
    }

    public static IReadOnlyList<RiskAcceptanceStage> ChainFor(RiskLevel level) => new RiskAcceptanceOptions().ChainFor(level);
}
