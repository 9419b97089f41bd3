using Microsoft.Extensions.Options;
using SecurityBot.Platform.Chat;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>Renders risk cards for the outbox (new messages and updates of every copy).</summary>
internal sealed class RiskCardRenderer(IOptions<RiskAcceptanceOptions> options) : IRiskAcceptanceCards
{
    public string RenderActivity(RiskAcceptance risk, RiskCardViewer viewer, string? headline, bool alert) =>
        TurnContextCardExtensions.ToActivityJson(RiskCard.Create(risk, viewer, headline, options.Value.MaxDurationDays), alert);
}
