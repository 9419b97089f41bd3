namespace SecurityBot.Attestation.Teams;

/// <summary>Action.Execute verbs on attestation cards. Data names a campaign (by number) — never who may act.</summary>
internal static class AttestationVerbs
{
    /// <summary>The form's "Next": count the audience and show the confirmation; data is the form's inputs.</summary>
    public const string Preview = "attest.preview";

    /// <summary>The confirmation's "Send": data {campaign}.</summary>
    public const string Send = "attest.send";

    /// <summary>"I have read and accept": data {campaign}.</summary>
    public const string Accept = "attest.accept";

    /// <summary>"Read the full policy" in place of the card, the accept button kept: data {campaign}.</summary>
    public const string Read = "attest.read";

    /// <summary>"I have a question": data {campaign} and the input "question".</summary>
    public const string Question = "attest.question";

    /// <summary>"Refresh" on the progress card: data {campaign}.</summary>
    public const string Status = "attest.status";

    /// <summary>"Export CSV" on the progress card: the evidence as a file in the presser's 1:1 chat: data {campaign}.</summary>
    public const string Export = "attest.export";

    /// <summary>"Change" on the confirmation: the form again, filled from the draft: data {campaign}.</summary>
    public const string Edit = "attest.edit";

    /// <summary>"Draft re-attestation" on the offer of a new policy version: data {policy, version}; answers the form filled in.</summary>
    public const string Reattest = "attest.reattest";
}
