using System.Text.Json;
using SecurityBot.Platform.Timers;

namespace SecurityBot.RiskAcceptances.Application;

internal static class RiskTimerPayloads
{
    /// <summary>The payload, or one that matches no expiry (so the handler does nothing) when it is missing or unreadable.</summary>
    public static RiskTimerPayload Read(DueTimer timer)
    {
        if (string.IsNullOrEmpty(timer.PayloadJson))
        {
            return new RiskTimerPayload(-1, null);
        }

        try
        {
            return JsonSerializer.Deserialize<RiskTimerPayload>(timer.PayloadJson) ?? new RiskTimerPayload(-1, null);
        }
        catch (JsonException)
        {
            return new RiskTimerPayload(-1, null);
        }
    }
}
