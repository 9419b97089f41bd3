using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Files;

namespace SecurityBot.Attestation.Application;

/// <summary>
/// "policy campaign export": the campaign's evidence (<see cref="AttestationCsv"/>) for the auditor, offered as a file
/// in the asker's own 1:1 chat (<see cref="IFileOffers"/>: they allow it, it lands in their OneDrive), never posted
/// where others read. Security roles only, like every read of a campaign. The export names people, so handing it out
/// is itself in the audit chain; the offer, its card and the audit entry commit together.
/// </summary>
internal sealed partial class CampaignExports(
    CampaignReader reader,
    AttestationStore store,
    IFileOffers files,
    IAuditLog audit,
    IOptions<AttestationOptions> options,
    IOptions<FileOffersOptions> fileOptions,
    TimeProvider time,
    ILogger<CampaignExports> logger)
{
    private static readonly CommitRetry ExportRetry = new(MaxAttempts: 5, VersionConflicts: false, PlatformUniqueKeys.AuditSequence);

    /// <summary>Offers the CSV of campaign <paramref name="number"/> (null: the latest) to the actor, or says why not.</summary>
    public async Task<CampaignOutcome> ExportAsync(int? number, ResolvedActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var read = await reader.ReadAsync(number, actor.Id, cancellationToken);
        if (read.Campaign is not { } campaign)
        {
            return read;
        }

        var label = campaign.Number.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (campaign.Status == CampaignStatus.Draft)
        {
            return new CampaignOutcome(UseCaseStatus.Invalid, $"Campaign {label} is a draft: there is nothing to export until it is sent.", campaign);
        }

        var members = await store.Members(campaign.Id).AsNoTracking()
            .OrderBy(m => m.Department).ThenBy(m => m.DisplayName).ThenBy(m => m.UserId)
            .ToListAsync(cancellationToken);
        var today = new ReminderSchedule(options.Value).Today(time.GetUtcNow());
        var csv = AttestationCsv.Write(campaign, members, today);
        if (csv.Length > fileOptions.Value.MaxFileBytes)
        {
            return new CampaignOutcome(UseCaseStatus.Invalid,
                $"The export of campaign {label} would be {csv.Length / 1024 / 1024} MB, more than a file the bot hands out may hold (Files:MaxFileBytes). Ask an administrator to raise it.", campaign);
        }

        var accepted = members.Count(m => m.Status == MemberStatus.Accepted);
        var description = $"Campaign {label}: {campaign.PolicyTitle} version {campaign.PolicyVersion}, {members.Count} people, {accepted} accepted";
        return await ExportRetry.RunAsync(store.Db, async _ =>
        {
            await files.OfferAsync(actor.Id, AttestationCsv.FileName(campaign, today), "text/csv", csv, description, cancellationToken);
            await audit.AppendAsync(new AuditRecord(AttestationCampaign.EntityType, AttestationTimers.EntityId(campaign), "exported", actor.Id, actor.Name,
                $"CSV of {members.Count} people ({accepted} accepted) offered to the exporter's 1:1 chat"), cancellationToken);
            await store.Db.SaveChangesAsync(cancellationToken);
            LogExported(logger, actor.Id, campaign.Number, members.Count);
            return new CampaignOutcome(UseCaseStatus.Succeeded,
                $"The export of campaign {label} ({members.Count} people, {accepted} accepted) is waiting in your 1:1 chat with me: allow the file and it is saved to your OneDrive.", campaign);
        });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "User {UserId} exported campaign {Number} ({Rows} rows)")]
    private static partial void LogExported(ILogger logger, string userId, int number, int rows);
}
