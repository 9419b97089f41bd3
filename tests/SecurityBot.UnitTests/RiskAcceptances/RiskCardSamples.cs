using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.RiskAcceptances.Domain;
using SecurityBot.RiskAcceptances.Teams;
using SecurityBot.UnitTests.Cards;
using static SecurityBot.UnitTests.RiskAcceptances.RiskTestData;

namespace SecurityBot.UnitTests.RiskAcceptances;

/// <summary>Every risk acceptance card, in every state and for every kind of viewer, for the renderer validation.</summary>
public sealed class RiskCardSamples : ICardSamples
{
    private static readonly (string, string)[] Policies = [("encryption", "Cryptography and Encryption Policy"), ("passwords", "Passwords and MFA")];

    public IEnumerable<(string Name, AdaptiveCard Card)> Samples()
    {
        yield return ("Risk/form-empty", RiskRequestFormCard.Create(new RiskFormValues(), Policies, 365, 90));
        yield return ("Risk/form-from-policy", RiskRequestFormCard.Create(new RiskFormValues(PolicyId: "encryption", Section: "2"), Policies, 365, 90));
        yield return ("Risk/form-errors", RiskRequestFormCard.Create(
            new RiskFormValues(Title: "x", PolicyId: "unknown-policy", Likelihood: 9, DurationDays: 900),
            Policies, 180, 90, [new("title", "Title must be at least 3 characters."), new("durationDays", "Requested duration must be 1 to 180 days.")]));
        yield return ("Risk/form-resubmit", RiskRequestFormCard.Create(RiskFormValues.From(Submitted()), Policies, 365, 90, null, ("RA-000017", 4)));
        var german = RiskLanguage.For(CultureInfo.GetCultureInfo("de-DE"));
        yield return ("Risk/de/form-empty", RiskRequestFormCard.Create(new RiskFormValues(), Policies, 365, 90, text: german));
        yield return ("Risk/de/form-errors", RiskRequestFormCard.Create(
            new RiskFormValues(Title: "x", PolicyId: "unknown-policy", Likelihood: 9, DurationDays: 900),
            Policies, 180, 90,
            [
                new("title", "Title must be at least 3 characters.") { Code = "TooShort", Arguments = [3] },
                new("durationDays", "Requested duration must be 1 to 180 days.") { Code = "DurationRange", Arguments = [180] },
                new("policyId", "There is no policy 'unknown-policy'; type policy to see the list, or leave it empty.") { Code = "PolicyUnknown", Arguments = ["unknown-policy"] },
            ],
            text: german));
        yield return ("Risk/de/form-resubmit", RiskRequestFormCard.Create(RiskFormValues.From(Submitted()), Policies, 365, 90, null, ("RA-000017", 4), german));

        var pending = Submitted();
        yield return ("Risk/approver-manager-stage", RiskCard.Create(pending, new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, "Alex Wilber asks for a risk to be accepted.", 365));
        yield return ("Risk/requester-pending", RiskCard.Create(pending, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, null, 365));

        var atCso = Submitted();
        atCso.Approve(Manager, Now.AddHours(1));
        yield return ("Risk/approver-cso-stage", RiskCard.Create(atCso, new RiskCardViewer(Cso.Id, true), TimeDisplay.Utc, "RA-000017 was approved by Megan Bowen (manager stage).", 365));
        yield return ("Risk/channel-copy", RiskCard.Create(atCso, RiskCardViewer.ReadOnly(null), TimeDisplay.Utc, null, 365));

        var changes = Submitted();
        changes.RequestChanges(Manager, "Please attach the cage access log.", Now);
        yield return ("Risk/requester-changes-requested", RiskCard.Create(changes, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, "RA-000017 was sent back for changes by Megan Bowen.", 365));

        var accepted = Accepted();
        yield return ("Risk/owner-accepted", RiskCard.Create(accepted, RiskCardViewer.ReadOnly(Owner.Id), TimeDisplay.Utc, "RA-000017 is accepted until 2026-05-31.", 365));
        yield return ("Risk/reminder", RiskCard.Create(accepted, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, "RA-000017 expires in 7 days, on 2026-05-31. Renew it or mark it remediated.", 365));

        var expired = Accepted();
        expired.Expire(expired.ExpiresAt!.Value);
        yield return ("Risk/expired", RiskCard.Create(expired, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, "RA-000017 expired on 2026-05-31.", 365));

        var renewal = Accepted();
        renewal.Renew(Requester, 120, 365, ChainFor, renewal.ExpiresAt!.Value.AddDays(-7));
        yield return ("Risk/renewal-approver", RiskCard.Create(renewal, new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, "Alex Wilber asks to renew RA-000017 for 120 days.", 365));
        yield return ("Risk/renewal-requester", RiskCard.Create(renewal, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, null, 365));

        var rejected = Submitted(likelihood: 1, impact: 2);
        rejected.Reject(Manager, "Fix it this week instead.", Now);
        yield return ("Risk/rejected", RiskCard.Create(rejected, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, "RA-000017 was rejected by Megan Bowen (manager stage). Comment: Fix it this week instead.", 365));

        var remediated = Accepted();
        remediated.MarkRemediated(Owner, Now.AddDays(3));
        yield return ("Risk/remediated", RiskCard.Create(remediated, RiskCardViewer.ReadOnly(Owner.Id), TimeDisplay.Utc, null, 365));

        // The copies the notifier sends carry the refresh for those whose view differs (at most 60 of them).
        yield return ("Risk/refresh-approver-stage", RiskCard.Create(pending, new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, "Alex Wilber asks for a risk to be accepted.", 365,
            ["29:megan-bowen", "29:adele-vance"]));
        yield return ("Risk/refresh-channel-copy-sixty", RiskCard.Create(atCso, RiskCardViewer.ReadOnly(null), TimeDisplay.Utc, null, 365,
            Enumerable.Range(0, CardRefresh.MaxUserIds).Select(i => $"29:user-{i}").ToList()));
        yield return ("Risk/refresh-owner-accepted", RiskCard.Create(accepted, RiskCardViewer.ReadOnly(Owner.Id), TimeDisplay.Utc, null, 365, ["29:alex-wilber", "29:chloe-martin"]));
        yield return ("Risk/refresh-renewal-requester", RiskCard.Create(renewal, RiskCardViewer.ReadOnly(Requester.Id), TimeDisplay.Utc, null, 365,
            ["29:alex-wilber", "29:chloe-martin", "29:megan-bowen"]));

        // A German-speaking reader in Berlin: the same cards, every word from RiskTexts.de.resx.
        var berlin = TimeDisplay.ForPerson(TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), CultureInfo.GetCultureInfo("de-DE"));
        yield return ("Risk/de/requester-submitted", RiskCard.Create(pending, RiskCardViewer.ReadOnly(Requester.Id), berlin,
            german.Headline(pending, "Submitted", ["RA-000017", "Megan Bowen"], "RA-000017 was submitted."), 365));
        yield return ("Risk/de/approver-manager-stage", RiskCard.Create(pending, new RiskCardViewer(Manager.Id, true), berlin, null, 365));
        yield return ("Risk/de/requester-changes-requested", RiskCard.Create(changes, RiskCardViewer.ReadOnly(Requester.Id), berlin, null, 365));
        yield return ("Risk/de/owner-accepted", RiskCard.Create(accepted, RiskCardViewer.ReadOnly(Owner.Id), berlin, null, 365));
        yield return ("Risk/de/renewal-requester", RiskCard.Create(renewal, RiskCardViewer.ReadOnly(Requester.Id), berlin, null, 365));

        yield return ("Risk/hostile-text", RiskCard.Create(Hostile(), new RiskCardViewer(Manager.Id, true), TimeDisplay.Utc, "<at>CEO</at> **urgent** [click](https://evil.example)", 365));
        yield return ("Risk/list-mine-only", RiskListCard.Create([pending, accepted], null, byExpiry: false, TimeDisplay.Utc));
        yield return ("Risk/list-register", RiskListCard.Create([pending], [accepted, renewal, Hostile()], byExpiry: false, TimeDisplay.Utc));
        yield return ("Risk/de/list-register", RiskListCard.Create([pending], [accepted, renewal], byExpiry: true, berlin));
        yield return ("Risk/list-empty", RiskListCard.Create([], [], byExpiry: true, TimeDisplay.Utc));
    }

    internal static RiskAcceptance Hostile()
    {
        var text = "**bold** <at>Priya</at> [link](https://evil.example) javascript:alert(1) # heading\n- item\n1. one " + new string('x', 3000);
        var details = Details() with
        {
            Title = "<at>CSO</at> ![img](https://evil.example/x.png) " + new string('t', 150),
            Asset = "`rm -rf /` " + new string('a', 150),
            Description = text,
            CompensatingControls = text,
            Justification = text,
            PolicyTitle = "Policy *with* _markdown_",
        };
        var risk = RiskAcceptance.Create(999_999, new RiskActor(Requester.Id, "Eve <at>Admin</at>"), details, 365, Now);
        risk.Submit(ChainFor(risk.Score.Level), Now);
        return risk;
    }
}
