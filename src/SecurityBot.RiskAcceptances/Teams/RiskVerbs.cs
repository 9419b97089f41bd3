using SecurityBot.Platform.Contracts;
namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>The Action.Execute verbs of risk acceptance cards. Their data names a request, version and stage — never who may act.</summary>
internal static class RiskVerbs
{
    /// <summary>"Request an exception" from a policy answer: data {"policyId", "section"}; answers with the pre-filled form.</summary>
    public const string OpenRequest = CapabilityVerbs.OpenRiskRequest;

    /// <summary>The request form's submit button.</summary>
    public const string SubmitRequest = "risk.request.submit";

    public const string Approve = "risk.approve";
    public const string Reject = "risk.reject";
    public const string RequestChanges = "risk.changes";

    /// <summary>"Edit and resubmit" on the requester's card after "Request changes": answers with the pre-filled form.</summary>
    public const string Edit = "risk.edit";

    /// <summary>The requester's edited request, after "Request changes".</summary>
    public const string Resubmit = "risk.resubmit";

    /// <summary>
    /// The card's refresh (Teams sends it when a listed person opens the card): data {"id", "version"}; answers with the
    /// request as it is now, as the sender may see it.
    /// </summary>
    public const string Refresh = "risk.refresh";

    public const string Renew = "risk.renew";
    public const string Remediate = "risk.remediate";

    /// <summary>The requester takes a request (or a renewal) back before it is decided: data {"id", "version"}.</summary>
    public const string Withdraw = "risk.withdraw";

    public static IReadOnlyCollection<string> All { get; } =
        [OpenRequest, SubmitRequest, Approve, Reject, RequestChanges, Edit, Resubmit, Refresh, Renew, Remediate, Withdraw];
}
