using System.Globalization;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// The reminder timer of one follow-up action: entity "CrisisFollowUp", id "INC-000042#2" (the incident and the
/// action's number, both readable in the timer table), kind "crisis.follow-up".
/// </summary>
internal static class FollowUpTimer
{
    public const string EntityType = "CrisisFollowUp";
    public const string Kind = "crisis.follow-up";

    public static string EntityId(string incidentNumber, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{incidentNumber}#{number}");

    /// <summary>Reads "INC-000042#2"; false for anything else.</summary>
    public static bool TryParse(string entityId, out string incidentNumber, out int number)
    {
        var at = entityId.LastIndexOf('#');
        incidentNumber = at > 0 ? entityId[..at] : string.Empty;
        number = 0;
        return at > 0 && int.TryParse(entityId.AsSpan(at + 1), NumberStyles.None, CultureInfo.InvariantCulture, out number) && number > 0;
    }
}
