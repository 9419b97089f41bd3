using System.Text.Json;
using SecurityBot.RiskAcceptances.Domain;

namespace SecurityBot.IntegrationTests.RiskAcceptances;

/// <summary>
/// Renders a risk card as a plain message whose text says what the card would show ("RA-000001|PendingApproval|v2|
/// viewer|decide|headline"), so the tests can read who got buttons without parsing Adaptive Cards.
/// </summary>
internal sealed class TestRiskCards : IRiskAcceptanceCards
{
    public string RenderActivity(RiskAcceptance risk, RiskCardViewer viewer, string? headline, bool alert) =>
        JsonSerializer.Serialize(new
        {
            type = "message",
            text = $"{risk.Reference}|{risk.Status}|v{risk.Version}|{viewer.UserId}|{(viewer.MayDecide ? "decide" : "view")}|{headline}",
        });

    public static string[] Parse(string activityJson) =>
        JsonDocument.Parse(activityJson).RootElement.GetProperty("text").GetString()!.Split('|');
}
