using Microsoft.Extensions.Options;

namespace SecurityBot.Attestation.Teams;

/// <summary>
/// "policy campaign" (the form), "policy campaign status [number]" (the progress card), "policy campaign export
/// [number]" (the CSV, as a file offered in the 1:1 chat). Security roles only; in a channel or group chat the answer
/// goes to the asker's 1:1 chat, since progress names people. Without a number: the latest campaign.
/// </summary>
internal sealed class CampaignCommand(
    CampaignRoles roles,
    CampaignReader reader,
    CampaignExports exports,
    ActorResolver actors,
    PrivateReplies replies,
    IPolicyDocuments policies,
    IOptions<AttestationOptions> options,
    TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["policy campaign", "policy campaigns", "campaign"];

    public CommandHelp Help { get; } = new("policy campaign", "policy campaign [status|export] [number] — security roles: ask everyone in a group, a department or the organisation to read and accept a policy, and see who has accepted it");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (sub, rest) = CommandLine.Parse(context.Arguments);
        if (!await roles.MayRunCampaignsAsync(context.Actor.AadObjectId, cancellationToken))
        {
            await context.Turn.SendCardAsync(NoticeCard.Error("Not for you", CampaignOutcome.NotAllowed.Message, "Type policy <topic> to read a policy."), cancellationToken);
            return;
        }

        if (sub is "status" or "export" && rest.Length > 0 && Number(rest) is null)
        {
            // "export 7x" is a typo, not a request for the latest campaign's evidence.
            await context.Turn.SendCardAsync(NoticeCard.Error("Not a campaign number", $"Type policy campaign {sub} followed by a campaign number, or nothing for the latest."), cancellationToken);
            return;
        }

        switch (sub)
        {
            case "":
            case "start":
            case "new":
                var today = new ReminderSchedule(options.Value).Today(time.GetUtcNow());
                await replies.SendAsync(context, CampaignFormCard.Create(policies, options.Value, CampaignFormValues.Empty, today), cancellationToken);
                return;
            case "export":
                var exported = await exports.ExportAsync(Number(rest), await actors.ResolveAsync(context.Actor, cancellationToken), cancellationToken);
                // The answer names the campaign's figures: in a channel or group chat only a pointer stays there.
                await replies.SendAsync(context, exported.Succeeded
                    ? NoticeCard.Success("Export on its way", exported.Message)
                    : NoticeCard.Error("No export", exported.Message), cancellationToken);
                return;
            case "status":
                var number = Number(rest);
                var read = await reader.ReadAsync(number, context.Actor.AadObjectId, cancellationToken);
                if (read.Campaign is not { } campaign)
                {
                    await context.Turn.SendCardAsync(NoticeCard.Error("No campaign", read.Message), cancellationToken);
                    return;
                }

                await replies.SendAsync(context, ProgressCard.Create(campaign, await reader.ProgressAsync(campaign, cancellationToken)), cancellationToken);
                return;
            default:
                await context.Turn.SendCardAsync(NoticeCard.Error("Not a campaign command", "Type policy campaign, policy campaign status [number] or policy campaign export [number]."), cancellationToken);
                return;
        }
    }

    /// <summary>The campaign number typed after the sub-command; null when absent or not a number.</summary>
    private static int? Number(string rest) =>
        int.TryParse(rest, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
}
