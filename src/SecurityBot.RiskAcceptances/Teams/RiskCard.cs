using System.Globalization;
using SecurityBot.Cards;
using SecurityBot.Platform.Routing;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The card about one risk acceptance, as one viewer should see it now: score and heat-map, the policy clause,
/// the risk, controls and justification, who already approved, the history of earlier rounds, and the buttons the
/// viewer may use (resolved by the server). Every user-provided text is escaped.
/// </summary>
internal static class RiskCard
{
    private const int LongText = 1500;

    /// <param name="risk">Current state.</param>
    /// <param name="viewer">Who sees this copy and whether they may decide the current stage.</param>
    /// <param name="reader">How this copy's reader sees times (their zone and locale; the organisation's on a shared copy).</param>
    /// <param name="headline">What just happened (may quote names and comments: escaped here), or null.</param>
    /// <param name="maxDurationDays">Upper bound of the renewal duration input.</param>
    /// <param name="refreshUserIds">
    /// Teams ids of the people whose view differs (<see cref="RiskRefresh.Audience"/>), for a card sent or updated; null
    /// for an invoke answer, which only the presser sees and which is already their own view.
    /// </param>
    public static AdaptiveCard Create(RiskAcceptance risk, RiskCardViewer viewer, TimeDisplay reader, string? headline, int maxDurationDays,
        IReadOnlyList<string>? refreshUserIds = null)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(reader);
        var score = risk.Score;
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain(CardText.Truncate($"{risk.Reference} {risk.Title}: {StatusLine(risk, reader)}", 300)),
            Body =
            {
                new Container
                {
                    Style = RiskHeatMap.StyleOf(score.Level),
                    Bleed = true,
                    Items =
                    {
                        new TextBlock($"{risk.Reference} · {CardText.Escape(CardText.Truncate(risk.Title, RiskAcceptanceDetails.MaxTitleLength))}")
                        {
                            Style = TextBlockStyle.Heading,
                            Size = TextSize.Medium,
                            Weight = TextWeight.Bolder,
                            Wrap = true,
                        },
                        new TextBlock(StatusLine(risk, reader)) { Wrap = true, Spacing = Spacing.None },
                    },
                },
            },
        };
        if (!string.IsNullOrWhiteSpace(headline))
        {
            card.Body.Add(new Container { Style = ContainerStyle.Emphasis, Items = { TextBlock.FromUserText(headline, 600) } });
        }

        card.Body.Add(new FactSet(
            new Fact("Score", $"**{score.Value} — {score.Level}** (likelihood {score.Likelihood} × impact {score.Impact})"),
            Fact.FromUserText("Policy", risk.PolicyTitle ?? risk.PolicyId ?? "none given", 300),
            Fact.FromUserText("System", risk.Asset, RiskAcceptanceDetails.MaxAssetLength),
            Fact.FromUserText("Requested by", risk.RequesterName, 200),
            Fact.FromUserText("Risk owner", risk.RiskOwnerName, 200),
            new Fact("Duration", Expiry(risk, reader))));
        card.Body.Add(new TextBlock("Risk matrix") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(RiskHeatMap.Create(score));
        Section(card, "The risk", risk.Description);
        Section(card, "Compensating controls", risk.CompensatingControls);
        Section(card, "Business justification", risk.Justification);
        card.Body.Add(new TextBlock(risk.IsRenewal ? $"Approvals (renewal {risk.RenewalCount})" : "Approvals") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(Approvals(risk, reader));
        var history = risk.Decisions.Where(d => d.Round < risk.Round || d.Kind != RiskDecisionKind.Approved).OrderBy(d => d.At).ToList();
        if (history.Count > 0)
        {
            card.Body.Add(new TextBlock("History") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            foreach (var d in history.TakeLast(10))
            {
                var line = string.Create(CultureInfo.InvariantCulture, $"Round {d.Round}, {d.Stage}: {What(d)} on {reader.At(d.At)}")
                    + (d.Comment is null ? string.Empty : $" — \"{d.Comment}\"");
                card.Body.Add(TextBlock.FromUserText(line, 700));
            }
        }

        RiskCardActions.Add(card, risk, viewer, maxDurationDays);
        card.Refresh = RiskRefresh.Block(risk, refreshUserIds ?? []);
        return card;
    }

    public static string StatusLine(RiskAcceptance risk, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(reader);
        return risk.Status switch
        {
            RiskAcceptanceStatus.PendingApproval => string.Create(CultureInfo.InvariantCulture,
                $"{(risk.IsRenewal ? "Renewal pending" : "Pending")} approval — stage {risk.CurrentStageIndex + 1} of {risk.Stages.Count} ({StageName(risk.CurrentStage)})"),
            RiskAcceptanceStatus.ChangesRequested => "Changes requested — waiting for the requester to edit and resubmit",
            RiskAcceptanceStatus.Accepted => $"Accepted until {Until(risk, reader)}",
            RiskAcceptanceStatus.Rejected => "Rejected",
            RiskAcceptanceStatus.Expired => $"Expired on {Until(risk, reader)}",
            RiskAcceptanceStatus.Remediated => "Closed — remediated",
            _ => "Draft",
        };
    }

    public static string StageName(RiskAcceptanceStage? stage) => stage?.DisplayName() ?? "—";

    private static string Until(RiskAcceptance risk, TimeDisplay reader) => risk.ExpiresAt is { } expires ? reader.At(expires) : "—";

    private static string Expiry(RiskAcceptance risk, TimeDisplay reader) =>
        risk.ExpiresAt is not null
            ? string.Create(CultureInfo.InvariantCulture, $"{risk.RequestedDays} days requested; {(risk.Status == RiskAcceptanceStatus.Expired ? "expired" : "expires")} {Until(risk, reader)}")
            : string.Create(CultureInfo.InvariantCulture, $"{risk.RequestedDays} days from the final approval");

    private static Container Approvals(RiskAcceptance risk, TimeDisplay reader)
    {
        var box = new Container();
        var approvals = risk.CurrentRoundApprovals.ToList();
        for (var i = 0; i < risk.Stages.Count; i++)
        {
            var stage = risk.Stages[i];
            var done = approvals.FirstOrDefault(d => d.StageIndex == i);
            var line = done is not null
                ? string.Create(CultureInfo.InvariantCulture, $"✓ {StageName(stage)}: approved by {done.ApproverName} on {reader.At(done.At)}")
                : risk.Status == RiskAcceptanceStatus.PendingApproval && i == risk.CurrentStageIndex
                    ? $"… {StageName(stage)}: waiting"
                    : $"○ {StageName(stage)}";
            box.Items.Add(TextBlock.FromUserText(line, 400));
        }

        return box;
    }

    private static void Section(AdaptiveCard card, string title, string text)
    {
        card.Body.Add(new TextBlock(title) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(TextBlock.FromUserText(text, LongText));
    }

    private static string What(RiskDecision decision) => decision.Kind switch
    {
        RiskDecisionKind.HandedOver => $"{decision.ApproverName} could not be reached; handed over",
        RiskDecisionKind.StandIn => $"{decision.ApproverName} stands in",
        _ => $"{Verb(decision.Kind)} by {decision.ApproverName}",
    };

    private static string Verb(RiskDecisionKind kind) => kind switch
    {
        RiskDecisionKind.Approved => "approved",
        RiskDecisionKind.Rejected => "rejected",
        _ => "changes requested",
    };
}
