using Microsoft.Extensions.Options;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// Turns the submitted form into validated details: the risk owner is looked up in the directory, the policy and
/// section in the policy library (the title shown to approvers is the library's, never typed), and every field
/// checked; all problems are returned together so the form can show them at once.
/// </summary>
internal sealed class RiskRequestBuilder(IDirectory directory, IOptions<RiskAcceptanceOptions> options, IPolicyCatalog? policies = null)
{
    public async Task<(RiskAcceptanceDetails? Details, IReadOnlyList<FieldError> Errors)> BuildAsync(RiskActor requester, RiskRequestInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requester);
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<FieldError>();

        var owner = requester;
        if (!string.IsNullOrWhiteSpace(input.RiskOwner) && !requester.Is(input.RiskOwner))
        {
            var ownerText = input.RiskOwner.Trim();
            var user = ownerText.Length <= 256 ? await directory.GetUserAsync(ownerText, cancellationToken) : null;
            if (user is null)
            {
                errors.Add(new("riskOwner", $"Nobody with the sign-in name '{Shorten(ownerText)}' is in the directory; use their sign-in e-mail address or leave it empty to own the risk yourself.")
                {
                    Code = "OwnerUnknown",
                    Arguments = [Shorten(ownerText)],
                });
            }
            else
            {
                owner = new RiskActor(user.Id, user.DisplayName);
            }
        }

        var policyTitle = ResolvePolicy(input.PolicyId, input.PolicySection, errors, out var policyId, out var section);
        var details = new RiskAcceptanceDetails(
            input.Title ?? string.Empty,
            policyId,
            section,
            policyTitle,
            input.Asset ?? string.Empty,
            input.Description ?? string.Empty,
            input.Likelihood ?? 0,
            input.Impact ?? 0,
            input.CompensatingControls ?? string.Empty,
            input.Justification ?? string.Empty,
            input.DurationDays ?? 0,
            owner);
        errors.AddRange(details.Validate(options.Value.MaxDurationDays));
        return errors.Count == 0 ? (details, errors) : (null, errors);
    }

    private string? ResolvePolicy(string? policyText, string? sectionText, List<FieldError> errors, out string? policyId, out string? section)
    {
        policyId = string.IsNullOrWhiteSpace(policyText) ? null : policyText.Trim();
        section = string.IsNullOrWhiteSpace(sectionText) ? null : sectionText.Trim();
        if (policyId is null)
        {
            if (section is not null)
            {
                errors.Add(new("section", "A section needs a policy: choose the policy too, or leave the section empty.") { Code = "SectionNeedsPolicy" });
            }

            return null;
        }

        if (policies is null || policyId.Length > RiskAcceptanceDetails.MaxPolicyIdLength)
        {
            return null;
        }

        var policy = policies.FindReference(policyId);
        if (policy is null)
        {
            errors.Add(new("policyId", $"There is no policy '{Shorten(policyId)}'; type policy to see the list, or leave it empty.") { Code = "PolicyUnknown", Arguments = [Shorten(policyId)] });
            return null;
        }

        policyId = policy.Id;
        if (section is null)
        {
            return policy.Title;
        }

        var clause = policies.FindSectionReference(policy.Id, section);
        if (clause is null)
        {
            errors.Add(new("section", $"{policy.Title} has no section {Shorten(section)}.") { Code = "SectionUnknown", Arguments = [policy.Title, Shorten(section)] });
            return policy.Title;
        }

        section = clause.Number;
        var title = $"{policy.Title} — {clause.Number} {clause.Heading}";
        return title.Length > RiskAcceptanceDetails.MaxPolicyTitleLength ? title[..RiskAcceptanceDetails.MaxPolicyTitleLength] : title;
    }

    private static string Shorten(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
