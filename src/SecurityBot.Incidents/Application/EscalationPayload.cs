using System.Text.Json;

namespace SecurityBot.Incidents.Application;

/// <summary>The escalation timer's payload: which step it fires.</summary>
internal sealed record EscalationPayload(int Step)
{
    public string ToJson() => JsonSerializer.Serialize(this, JsonSerializerOptions.Web);

    public static EscalationPayload Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new EscalationPayload(1) : JsonSerializer.Deserialize<EscalationPayload>(json, JsonSerializerOptions.Web) ?? new EscalationPayload(1);
}
