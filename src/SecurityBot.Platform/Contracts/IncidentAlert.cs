using SecurityBot.Platform.Routing;

namespace SecurityBot.Platform.Contracts;

/// <summary>
/// One alert from a SIEM or another detection system, as the bridge parsed it. Every text is the sender's: it is
/// bounded and defanged by the intake and escaped wherever it is shown.
/// </summary>
/// <param name="SourceSystem">Which configured system sent it ("sentinel", "splunk"): shown on cards, part of the idempotency key.</param>
/// <param name="ExternalId">The sender's id of the alert; the same id from the same system raises one incident.</param>
/// <param name="Title">A one-line title.</param>
/// <param name="Description">What the alert says (may be empty).</param>
/// <param name="Severity">The sender's severity, already mapped to ours.</param>
/// <param name="Category">A category key ("phishing", "malware"...; see docs/incidents.md); null or unknown: "other".</param>
/// <param name="Indicators">Indicators the sender named (IPs, domains, URLs, hashes, e-mail addresses), in any order.</param>
/// <param name="DetectedAt">When the sender detected it, if it says.</param>
/// <param name="Link">A link back to the alert in the sender's console, if any (https only).</param>
public sealed record IncidentAlert(
    string SourceSystem,
    string ExternalId,
    string Title,
    string? Description,
    IncidentSeverity Severity,
    string? Category,
    IReadOnlyList<string> Indicators,
    DateTimeOffset? DetectedAt,
    Uri? Link);
