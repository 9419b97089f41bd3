namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// The message the action came from (the card the user pressed a button on), recorded as a card copy in the same
/// unit of work so later changes update it too.
/// </summary>
internal sealed record RiskCardOrigin(string ConversationId, string ActivityId, string ServiceUrl, string? RecipientAadObjectId);
