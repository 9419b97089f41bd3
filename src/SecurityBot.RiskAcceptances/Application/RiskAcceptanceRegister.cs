using System.Globalization;
using CsvHelper;
using SecurityBot.Platform.Files;
using Microsoft.EntityFrameworkCore;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.RiskAcceptances.Application;

/// <summary>
/// Read side: one request, my requests, the active register (security roles only) and its CSV export. Who may see
/// what is decided here from the directory, never from what the caller claims.
/// </summary>
internal sealed class RiskAcceptanceRegister(SecurityBotDbContext db, RiskAccess access, TimeProvider time)
{
    public const int DefaultLimit = 50;

    public async Task<RiskAcceptance?> FindAsync(string reference, CancellationToken cancellationToken) =>
        RiskAcceptanceNumber.TryParse(reference, out var number)
            ? await db.Set<RiskAcceptance>().AsNoTracking().Include(r => r.Decisions).SingleOrDefaultAsync(r => r.Number == number, cancellationToken)
            : null;

    /// <summary>The security team and the risk approvers (CSO office) see the whole register (<see cref="RiskAccess"/>).</summary>
    public Task<bool> IsSecurityRoleAsync(string userId, CancellationToken cancellationToken) => access.IsSecurityRoleAsync(userId, cancellationToken);

    /// <summary>Whether the user may see this request, and may decide now (for the buttons): <see cref="RiskAccess"/>, the one rule.</summary>
    public Task<(bool MayView, bool MayDecide)> AccessAsync(RiskAcceptance risk, string userId, CancellationToken cancellationToken) =>
        access.CheckAsync(risk, userId, cancellationToken);

    /// <summary>
    /// The request when <paramref name="userId"/> may see it (<see cref="RiskAccess"/>), and whether they may decide its
    /// current stage now; null alike for a number that does not exist and for a request they may not see.
    /// </summary>
    public async Task<(RiskAcceptance Risk, bool MayDecide)?> FindVisibleAsync(string reference, string userId, CancellationToken cancellationToken)
    {
        if (await FindAsync(reference, cancellationToken) is not { } risk)
        {
            return null;
        }

        var (mayView, mayDecide) = await access.CheckAsync(risk, userId, cancellationToken);
        return mayView ? (risk, mayDecide) : null;
    }

    /// <summary>Requests the user made or owns, newest first.</summary>
    public async Task<IReadOnlyList<RiskAcceptance>> MineAsync(string userId, int limit, CancellationToken cancellationToken) =>
        await db.Set<RiskAcceptance>().AsNoTracking()
            .Where(r => r.RequesterId == userId || r.RiskOwnerId == userId)
            .OrderByDescending(r => r.Number)
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>Risks accepted and in force now (renewals in progress included).</summary>
    public async Task<IReadOnlyList<RiskAcceptance>> ActiveAsync(RiskRegisterOrder order, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var active = db.Set<RiskAcceptance>().AsNoTracking()
            .Where(r => r.ExpiresAt != null && r.ExpiresAt > now
                        && (r.Status == RiskAcceptanceStatus.Accepted
                            || (r.IsRenewal && (r.Status == RiskAcceptanceStatus.PendingApproval || r.Status == RiskAcceptanceStatus.ChangesRequested))));
        var sorted = order == RiskRegisterOrder.ByScore
            ? active.OrderByDescending(r => r.Likelihood * r.Impact).ThenBy(r => r.ExpiresAt)
            : active.OrderBy(r => r.ExpiresAt).ThenByDescending(r => r.Likelihood * r.Impact);
        return await sorted.Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// The register as CSV: every request (security roles) or the user's own. Cells that a spreadsheet would run as
    /// a formula (=, +, -, @ …) are escaped by the platform's <see cref="SpreadsheetCsv"/> configuration.
    /// </summary>
    public async Task<(string Csv, int Rows)> ExportCsvAsync(string userId, CancellationToken cancellationToken)
    {
        var query = db.Set<RiskAcceptance>().AsNoTracking().Include(r => r.Decisions).AsQueryable();
        if (!await IsSecurityRoleAsync(userId, cancellationToken))
        {
            query = query.Where(r => r.RequesterId == userId || r.RiskOwnerId == userId);
        }

        var risks = await query.OrderBy(r => r.Number).ToListAsync(cancellationToken);
        return (ToCsv(risks), risks.Count);
    }

    public static string ToCsv(IEnumerable<RiskAcceptance> risks)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = new CsvWriter(writer, SpreadsheetCsv.Configuration))
        {
            csv.WriteRecords(risks.Select(Row));
        }

        return writer.ToString();
    }

    private static RiskRegisterRow Row(RiskAcceptance r) => new(
        r.Reference,
        r.Title,
        r.Status.ToString(),
        r.Score.Value,
        r.Score.Level.ToString(),
        r.Likelihood,
        r.Impact,
        r.PolicyTitle ?? r.PolicyId,
        r.PolicySection,
        r.Asset,
        r.RequesterName,
        r.RiskOwnerName,
        Instant(r.SubmittedAt),
        Instant(r.AcceptedAt),
        Instant(r.ExpiresAt),
        r.RenewalCount,
        string.Join("; ", r.CurrentRoundApprovals.Select(d => $"{d.Stage}: {d.ApproverName} {Instant(d.At)}")));

    private static string? Instant(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
