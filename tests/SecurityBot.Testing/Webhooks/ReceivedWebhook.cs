using System.Text.Json;

namespace SecurityBot.Testing.Webhooks;

/// <summary>One POST the receiver got: its headers of interest, the body, whether the signature held, and what it answered.</summary>
public sealed record ReceivedWebhook(string? EventType, string? DeliveryId, string? Timestamp, string Body, bool SignatureValid, int AnsweredWith)
{
    public bool Accepted => AnsweredWith is >= 200 and < 300;

    /// <summary>The envelope's "type".</summary>
    public string? Type => Read(root => root.GetProperty("type").GetString());

    /// <summary>data.number or data.reference: the incident or risk the event is about.</summary>
    public string? Subject => Read(root =>
    {
        var data = root.GetProperty("data");
        return data.TryGetProperty("number", out var number) ? number.GetString() : data.GetProperty("reference").GetString();
    });

    /// <summary>data.version.</summary>
    public long Version => Read(root => root.GetProperty("data").GetProperty("version").GetInt64());

    /// <summary>data.change (incidents) or data.decision (risks).</summary>
    public string? Change => Read(root =>
    {
        var data = root.GetProperty("data");
        return data.TryGetProperty("change", out var change) ? change.GetString() : data.GetProperty("decision").GetString();
    });

    public T Read<T>(Func<JsonElement, T> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        using var document = JsonDocument.Parse(Body);
        return read(document.RootElement);
    }
}
