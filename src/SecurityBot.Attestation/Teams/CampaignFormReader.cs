using System.Globalization;

namespace SecurityBot.Attestation.Teams;

/// <summary>The campaign form's inputs from Action.Execute data (untrusted, bounded): the request and the values to show again.</summary>
internal static class CampaignFormReader
{
    public static (CampaignRequest Request, CampaignFormValues Values, FieldError? Error) Read(CardActionData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var policy = data.Text("policy", 200)?.Trim();
        var kindText = data.Text("audienceKind", 20)?.Trim().ToLowerInvariant();
        var kind = kindText switch
        {
            "department" => AudienceKind.Department,
            "everyone" => AudienceKind.Everyone,
            _ => AudienceKind.Group,
        };
        var value = data.Text("audienceValue", CampaignAudience.MaxValueLength + 1)?.Trim();
        var dueText = data.Text("due", 20)?.Trim();
        DateOnly? due = DateOnly.TryParseExact(dueText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
        var message = data.Text("message", AttestationCampaign.MaxMessageLength + 1);
        var error = kindText is not (null or "group" or "department" or "everyone")
            ? new FieldError("audienceKind", "Choose the audience from the list.")
            : !string.IsNullOrEmpty(dueText) && due is null ? new FieldError("due", "The due date must be a date (yyyy-MM-dd).") : null;
        // Only a positive number: anything else is no re-attestation, and the server checks the number it gets.
        var reattest = data.SmallWholeNumber("reattest") is > 0 and var n ? n : (int?)null;
        return (new CampaignRequest(policy, kind, value, due, message, reattest), new CampaignFormValues(policy, kind, value, due, message, reattest), error);
    }
}
