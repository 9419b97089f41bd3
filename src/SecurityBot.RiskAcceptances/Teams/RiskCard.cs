using SecurityBot.Cards;
using SecurityBot.RiskAcceptances.Teams.Resources;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// The card about one risk acceptance, as one viewer should see it now: score and heat-map, the policy clause,
/// the risk, controls and justification, who already approved, the history of earlier rounds, and the buttons the
/// viewer may use (resolved by the server). Every user-provided text is escaped. In the reader's language.
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
        var text = RiskLanguage.For(reader.Culture);
        var status = StatusLine(risk, reader);
        var card = new AdaptiveCard
        {
            FallbackText = CardText.Plain(CardText.Truncate($"{risk.Reference} {risk.Title}: {status}", 300)),
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
                        new TextBlock(status) { Wrap = true, Spacing = Spacing.None },
                    },
                },
            },
        };
        if (!string.IsNullOrWhiteSpace(headline))
        {
            card.Body.Add(new Container { Style = ContainerStyle.Emphasis, Items = { TextBlock.FromUserText(headline, 600) } });
        }

        card.Body.Add(new FactSet(
            new Fact(text[nameof(RiskTexts.Fact_Score)], text.Format(nameof(RiskTexts.ScoreValue), score.Value, text.Level(score.Level), score.Likelihood, score.Impact)),
            Fact.FromUserText(text[nameof(RiskTexts.Fact_Policy)], risk.PolicyTitle ?? risk.PolicyId ?? text[nameof(RiskTexts.NoneGiven)], 300),
            Fact.FromUserText(text[nameof(RiskTexts.Fact_System)], risk.Asset, RiskAcceptanceDetails.MaxAssetLength),
            Fact.FromUserText(text[nameof(RiskTexts.Fact_RequestedBy)], risk.RequesterName, 200),
            Fact.FromUserText(text[nameof(RiskTexts.Fact_RiskOwner)], risk.RiskOwnerName, 200),
            new Fact(text[nameof(RiskTexts.Fact_Duration)], Expiry(risk, reader, text))));
        card.Body.Add(new TextBlock(text[nameof(RiskTexts.RiskMatrix)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(RiskHeatMap.Create(score));
        Section(card, text[nameof(RiskTexts.Section_Risk)], risk.Description);
        Section(card, text[nameof(RiskTexts.Label_Controls)], risk.CompensatingControls);
        Section(card, text[nameof(RiskTexts.Label_Justification)], risk.Justification);
        card.Body.Add(new TextBlock(risk.IsRenewal ? text.Format(nameof(RiskTexts.ApprovalsRenewal), risk.RenewalCount) : text[nameof(RiskTexts.Approvals)])
        {
            Weight = TextWeight.Bolder,
            Spacing = Spacing.Medium,
        });
        card.Body.Add(Approvals(risk, reader, text));
        var history = risk.Decisions.Where(d => d.Round < risk.Round || d.Kind != RiskDecisionKind.Approved).OrderBy(d => d.At).ToList();
        if (history.Count > 0)
        {
            card.Body.Add(new TextBlock(text[nameof(RiskTexts.History)]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
            foreach (var d in history.TakeLast(10))
            {
                var line = text.Format(nameof(RiskTexts.HistoryLine), d.Round, text.StageTitle(d.Stage), What(d, text), reader.At(d.At))
                    + (d.Comment is null ? string.Empty : text.Format(nameof(RiskTexts.HistoryComment), d.Comment));
                card.Body.Add(TextBlock.FromUserText(line, 700));
            }
        }

        RiskCardActions.Add(card, risk, viewer, maxDurationDays, text);
        card.Refresh = RiskRefresh.Block(risk, refreshUserIds ?? []);
        return card;
    }

    public static string StatusLine(RiskAcceptance risk, TimeDisplay reader)
    {
        ArgumentNullException.ThrowIfNull(risk);
        ArgumentNullException.ThrowIfNull(reader);
        var text = RiskLanguage.For(reader.Culture);
        return risk.Status switch
        {
            RiskAcceptanceStatus.PendingApproval => text.Format(risk.IsRenewal ? nameof(RiskTexts.Status_RenewalPending) : nameof(RiskTexts.Status_Pending),
                risk.CurrentStageIndex + 1, risk.Stages.Count, text.Stage(risk.CurrentStage)),
            RiskAcceptanceStatus.ChangesRequested => text[nameof(RiskTexts.Status_ChangesRequested)],
            RiskAcceptanceStatus.Accepted => text.Format(nameof(RiskTexts.Status_Accepted), Until(risk, reader)),
            RiskAcceptanceStatus.Rejected => text[nameof(RiskTexts.Status_Rejected)],
            RiskAcceptanceStatus.Expired => text.Format(nameof(RiskTexts.Status_Expired), Until(risk, reader)),
            RiskAcceptanceStatus.Remediated => text[nameof(RiskTexts.Status_Remediated)],
            RiskAcceptanceStatus.Withdrawn => text[nameof(RiskTexts.Status_Withdrawn)],
            _ => text[nameof(RiskTexts.Status_Draft)],
        };
    }

    private static string Until(RiskAcceptance risk, TimeDisplay reader) => risk.ExpiresAt is { } expires ? reader.At(expires) : "—";

    private static string Expiry(RiskAcceptance risk, TimeDisplay reader, Localizer text) =>
        risk.ExpiresAt is not null
            ? text.Format(risk.Status == RiskAcceptanceStatus.Expired ? nameof(RiskTexts.Expiry_Expired) : nameof(RiskTexts.Expiry_Expires), risk.RequestedDays, Until(risk, reader))
            : text.Format(nameof(RiskTexts.Expiry_FromApproval), risk.RequestedDays);

    private static Container Approvals(RiskAcceptance risk, TimeDisplay reader, Localizer text)
    {
        var box = new Container();
        var approvals = risk.CurrentRoundApprovals.ToList();
        for (var i = 0; i < risk.Stages.Count; i++)
        {
            var stage = risk.Stages[i];
            var done = approvals.FirstOrDefault(d => d.StageIndex == i);
            var line = done is not null
                ? text.Format(nameof(RiskTexts.Approval_Done), text.Stage(stage), done.ApproverName, reader.At(done.At))
                : risk.Status == RiskAcceptanceStatus.PendingApproval && i == risk.CurrentStageIndex
                    ? text.Format(nameof(RiskTexts.Approval_Waiting), text.Stage(stage))
                    : $"○ {text.Stage(stage)}";
            box.Items.Add(TextBlock.FromUserText(line, 400));
        }

        return box;
    }

    private static void Section(AdaptiveCard card, string title, string text)
    {
        card.Body.Add(new TextBlock(title) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium });
        card.Body.Add(TextBlock.FromUserText(text, LongText));
    }

    private static string What(RiskDecision decision, Localizer text) => text.Format(decision.Kind switch
    {
        RiskDecisionKind.HandedOver => nameof(RiskTexts.Decision_HandedOver),
        RiskDecisionKind.StandIn => nameof(RiskTexts.Decision_StandIn),
        RiskDecisionKind.Approved => nameof(RiskTexts.Decision_Approved),
        RiskDecisionKind.Rejected => nameof(RiskTexts.Decision_Rejected),
        RiskDecisionKind.Withdrawn => nameof(RiskTexts.Decision_Withdrawn),
        _ => nameof(RiskTexts.Decision_ChangesRequested),
    }, decision.ApproverName);
}
