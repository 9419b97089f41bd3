using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Domain;

/// <summary>
/// What the requester fills in. Everything here is user data: bounded by <see cref="Validate"/> and escaped
/// wherever it is shown. The policy title is looked up by the server from the policy library, not typed.
/// </summary>
/// <param name="Title">Short name of the risk, e.g. "Legacy build server without EDR".</param>
/// <param name="PolicyId">Policy that cannot be met (policy library id), optional.</param>
/// <param name="PolicySection">Section number of that policy, e.g. "4.2", optional.</param>
/// <param name="PolicyTitle">Title of the policy (and section heading) as the library had it, optional.</param>
/// <param name="Asset">System or asset concerned.</param>
/// <param name="Description">The risk: what could happen and why.</param>
/// <param name="Likelihood">1 (rare) to 5 (almost certain).</param>
/// <param name="Impact">1 (negligible) to 5 (severe).</param>
/// <param name="CompensatingControls">What reduces the risk meanwhile.</param>
/// <param name="Justification">Why the business needs the exception.</param>
/// <param name="DurationDays">How long the acceptance is asked for, capped by configuration.</param>
/// <param name="RiskOwner">The person accountable for the risk (resolved from the directory).</param>
internal sealed record RiskAcceptanceDetails(
    string Title,
    string? PolicyId,
    string? PolicySection,
    string? PolicyTitle,
    string Asset,
    string Description,
    int Likelihood,
    int Impact,
    string CompensatingControls,
    string Justification,
    int DurationDays,
    RiskActor RiskOwner)
{
    public const int MaxTitleLength = 200;
    public const int MaxAssetLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxPolicyIdLength = 64;
    public const int MaxSectionLength = 20;
    public const int MaxPolicyTitleLength = 300;
    public const int MinExplanationLength = 10;

    /// <summary>The score this request would have.</summary>
    public RiskScore Score => new(Likelihood, Impact);

    /// <summary>Every problem with the request (empty when valid), each with the form field it belongs to.</summary>
    public IReadOnlyList<FieldError> Validate(int maxDurationDays)
    {
        var errors = new List<FieldError>();
        Text(errors, "title", "Title", Title, 3, MaxTitleLength);
        Text(errors, "asset", "System or asset", Asset, 2, MaxAssetLength);
        Text(errors, "description", "Description of the risk", Description, MinExplanationLength, MaxTextLength);
        Text(errors, "controls", "Compensating controls", CompensatingControls, 2, MaxTextLength);
        Text(errors, "justification", "Business justification", Justification, MinExplanationLength, MaxTextLength);
        if (PolicyId is { Length: > MaxPolicyIdLength })
        {
            errors.Add(new("policyId", $"Policy id must be at most {MaxPolicyIdLength} characters."));
        }

        if (PolicySection is { Length: > MaxSectionLength })
        {
            errors.Add(new("section", $"Policy section must be at most {MaxSectionLength} characters."));
        }

        if (PolicyTitle is { Length: > MaxPolicyTitleLength })
        {
            errors.Add(new("policyId", $"Policy title must be at most {MaxPolicyTitleLength} characters."));
        }

        if (Likelihood is < RiskScore.Min or > RiskScore.Max)
        {
            errors.Add(new("likelihood", "Likelihood must be a whole number from 1 (rare) to 5 (almost certain).") { Code = "LikelihoodRange" });
        }

        if (Impact is < RiskScore.Min or > RiskScore.Max)
        {
            errors.Add(new("impact", "Impact must be a whole number from 1 (negligible) to 5 (severe).") { Code = "ImpactRange" });
        }

        if (DurationDays < 1 || DurationDays > maxDurationDays)
        {
            errors.Add(new("durationDays", $"Requested duration must be 1 to {maxDurationDays} days.") { Code = "DurationRange", Arguments = [maxDurationDays] });
        }

        if (RiskOwner is null)
        {
            errors.Add(new("riskOwner", "A risk owner is required.") { Code = "OwnerRequired" });
        }

        return errors;
    }

    private static void Text(List<FieldError> errors, string field, string label, string? value, int min, int max)
    {
        var length = value?.Trim().Length ?? 0;
        if (length == 0)
        {
            // The card names the field in the reader's language (its Field_ text) before the numbers.
            errors.Add(new(field, $"{label} is required.") { Code = "Required" });
        }
        else if (length < min)
        {
            errors.Add(new(field, $"{label} must be at least {min} characters.") { Code = "TooShort", Arguments = [min] });
        }
        else if (length > max)
        {
            errors.Add(new(field, $"{label} must be at most {max} characters (it has {length}).") { Code = "TooLong", Arguments = [max, length] });
        }
    }
}
