using Microsoft.Extensions.Options;
using SecurityBot.Conversation;
using SecurityBot.Core.RiskAcceptances;

namespace SecurityBot.RiskAcceptances;

/// <summary>Renders risk cards for the outbox (new messages and updates of every copy).</summary>
public sealed class RiskCardRenderer(IOptions<RiskAcceptanceOptions> options) : IRiskAcceptanceCards
{
    public string RenderActivity(RiskAcceptance risk, RiskCardViewer viewer, string? headline, bool alert) =>
        TurnContextCardExtensions.ToActivityJson(RiskCard.Create(risk, viewer, headline, options.Value.MaxDurationDays), alert);
}
