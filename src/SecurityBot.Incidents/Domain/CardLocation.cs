namespace SecurityBot.Incidents.Domain;

/// <summary>Where a card already shown in Teams lives (so it can be recorded as a copy and updated later).</summary>
internal sealed record CardLocation(string ConversationId, string ActivityId, string ServiceUrl);
