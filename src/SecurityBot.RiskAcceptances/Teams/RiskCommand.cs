using System.Globalization;
using Microsoft.Extensions.Options;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Audit;
using SecurityBot.Platform.Contracts;
using SecurityBot.Platform.Regional;
using SecurityBot.Platform.Results;

namespace SecurityBot.RiskAcceptances.Teams;

/// <summary>
/// "risk" (the request form, optionally titled: "risk legacy server without EDR"), "risk list [expiry]",
/// "risk RA-000017", "risk export" (CSV) and "risk verify" (audit chain; security roles).
/// </summary>
internal sealed class RiskCommand(
    RiskAcceptanceRegister register,
    IAuditLog audit,
    PrivateReplies replies,
    ITimeDisplays readers,
    IOptions<RiskAcceptanceOptions> options,
    TimeProvider time,
    IPolicyCatalog? policies = null) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["risk", "risks"];

    public CommandHelp Help { get; } = CommandHelp.Defaults.First(c => c.Keyword == "risk");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var args = context.Arguments.Trim();
        var first = args.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant();
        // The register, one risk, the export and the audit result are for the asker only (a pointer in a channel or
        // group chat, the answer in their 1:1 chat); the request form carries nothing but what they typed.
        if (first is "export" or "csv")
        {
            await ExportAsync(context, cancellationToken);
            return;
        }

        var answer = first switch
        {
            "list" or "register" => await ListAsync(context, args, cancellationToken),
            "verify" or "audit" => await VerifyAsync(context, cancellationToken),
            _ when RiskAcceptanceNumber.TryParse(args, out _) && args.Length > 0 => await ShowAsync(context, args, cancellationToken),
            _ => null,
        };
        if (answer is null)
        {
            var text = RiskLanguage.For((await readers.ForTurnAsync(context.Turn.Activity, cancellationToken)).Culture);
            await context.Turn.SendCardAsync(Form(new RiskFormValues(Title: args.Length == 0 ? null : args), policies, options.Value, text: text), cancellationToken);
            return;
        }

        await replies.SendAsync(context, answer, cancellationToken);
    }

    /// <summary>The request form with the configured bounds and the policy list.</summary>
    public static AdaptiveCard Form(RiskFormValues values, IPolicyCatalog? policies, RiskAcceptanceOptions o, IReadOnlyList<FieldError>? errors = null, (string, long)? resubmit = null,
        Localizer? text = null) =>
        RiskRequestFormCard.Create(values, PolicyChoices(policies), o.MaxDurationDays, o.DefaultDurationDays, errors, resubmit, text);

    public static IReadOnlyList<(string Id, string Title)> PolicyChoices(IPolicyCatalog? policies) =>
        policies?.References.OrderBy(p => p.Title, StringComparer.OrdinalIgnoreCase).Select(p => (p.Id, p.Title)).ToList() ?? [];

    private async Task<AdaptiveCard> ListAsync(ChatCommandContext context, string args, CancellationToken cancellationToken)
    {
        var userId = context.Actor.AadObjectId;
        var mine = await register.MineAsync(userId, RiskAcceptanceRegister.DefaultLimit, cancellationToken);
        if (!await register.IsSecurityRoleAsync(userId, cancellationToken))
        {
            return RiskListCard.Create(mine, null, byExpiry: false, await readers.ForAsync(userId, cancellationToken));
        }

        var byExpiry = args.Contains("expiry", StringComparison.OrdinalIgnoreCase) || args.Contains("expires", StringComparison.OrdinalIgnoreCase);
        var order = byExpiry ? RiskRegisterOrder.ByExpiry : RiskRegisterOrder.ByScore;
        var active = await register.ActiveAsync(order, RiskAcceptanceRegister.DefaultLimit, cancellationToken);
        return RiskListCard.Create(mine, active, byExpiry, await readers.ForAsync(userId, cancellationToken));
    }

    private async Task<AdaptiveCard> ShowAsync(ChatCommandContext context, string reference, CancellationToken cancellationToken)
    {
        return await register.FindVisibleAsync(reference, context.Actor.AadObjectId, cancellationToken) is var (risk, mayDecide)
            // Answered in the asker's 1:1 chat (PrivateReplies): their own times.
            ? RiskCard.Create(risk, new RiskCardViewer(context.Actor.AadObjectId, mayDecide), await readers.ForAsync(context.Actor.AadObjectId, cancellationToken), null,
                options.Value.MaxDurationDays)
            // One answer for a missing number and one the person may not see, naming neither: whether a number
            // exists is not for everyone to learn.
            : NoticeCard.Error("Not found", RiskOutcome.NotFoundMessage, "Type risk list to see yours.");
    }

    private async Task ExportAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var whole = await register.IsSecurityRoleAsync(context.Actor.AadObjectId, cancellationToken);
        var (csv, rows) = await register.ExportCsvAsync(context.Actor.AadObjectId, cancellationToken);
        await replies.SendAsync(context, RiskExportMessage.Create(csv, rows, time.GetUtcNow(), whole), cancellationToken);
    }

    private async Task<AdaptiveCard> VerifyAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        if (!await register.IsSecurityRoleAsync(context.Actor.AadObjectId, cancellationToken))
        {
            return NoticeCard.Error("Not allowed", "Only the security team and the risk approvers can verify the audit log.");
        }

        var result = await audit.VerifyAsync(cancellationToken);
        var checkpoint = result.CheckpointAt is { } at
            ? string.Create(CultureInfo.InvariantCulture, $"The latest signed checkpoint ({at.UtcDateTime:yyyy-MM-dd HH:mm} UTC) recorded entry {result.CheckpointSequence}.")
            : "No checkpoint has been signed yet.";
        return result.IsIntact
            ? NoticeCard.Success("Audit log intact", $"All {result.EntriesChecked} entries are in order, every signature is valid and each links to the one before. {checkpoint}")
            : NoticeCard.Error("Audit log broken", result.Reason, $"{result.EntriesChecked} entries were read. {checkpoint} Compare with a backup and investigate who changed the database.");
    }
}
