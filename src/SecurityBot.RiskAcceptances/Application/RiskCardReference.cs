namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// What a card's button says (untrusted): which risk acceptance, which version it showed and which stage it asked
/// about. Only used to find the entity and detect stale or forged cards — never to decide who may act.
/// </summary>
internal sealed record RiskCardReference(string Reference, long Version, int? Stage);
