using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// "export" in a crisis room: the record of the crisis as Markdown — the review, the follow-ups, the stakeholder
/// updates and the incident's timeline — for the asker only (a room member or someone who may triage). Times are UTC
/// (a record is read later, by people in any zone); every piece of user text goes through <see cref="ReviewMarkdown"/>.
/// </summary>
internal sealed partial class ReviewExport(
    CrisisRoomStore rooms,
    ReviewStore reviews,
    IIncidentActions incidents,
    ILogger<ReviewExport> logger)
{
    /// <summary>The Markdown of the room whose chat this is; null with the reason when there is none for this person.</summary>
    public async Task<(CrisisOutcome Outcome, string? Markdown)> ExportAsync(string chatId, string userId, CancellationToken cancellationToken)
    {
        var room = await rooms.FindByChatAsync(chatId, cancellationToken);
        if (room is null)
        {
            return (CrisisOutcome.NotARoom, null);
        }

        if (!room.IsMember(userId) && !await incidents.CanTriageAsync(userId, cancellationToken))
        {
            LogForbidden(logger, userId, room.IncidentNumber);
            return (new CrisisOutcome(UseCaseStatus.Forbidden, "Only the people of this room and the security team can export its record."), null);
        }

        var incident = await incidents.FindAsync(room.IncidentNumber, cancellationToken);
        var review = await reviews.FindByRoomAsync(room.Id, cancellationToken);
        var updates = await reviews.UpdatesAsync(room.Id, cancellationToken);
        var timeline = await incidents.TimelineAsync(room.IncidentNumber, cancellationToken);
        LogExported(logger, room.IncidentNumber, userId);
        return (new CrisisOutcome(UseCaseStatus.Succeeded, "Exported."), Write(room, incident, review, updates, timeline));
    }

    internal static string Write(CrisisRoom room, IncidentSnapshot? incident, PostIncidentReview? review,
        IReadOnlyList<StakeholderUpdate> updates, IReadOnlyList<IncidentTimelineItem> timeline)
    {
        var md = new StringBuilder();
        md.Append(CultureInfo.InvariantCulture, $"# Crisis record — {room.IncidentNumber}\n\n");
        md.Append(ReviewMarkdown.Inline(incident?.Title ?? room.Topic)).Append("\n\n");
        if (incident is not null)
        {
            md.Append(CultureInfo.InvariantCulture, $"- Severity: {incident.Severity}\n- Stage: {incident.Stage}\n- Reported: {Utc(incident.ReportedAt)}\n");
            md.Append(CultureInfo.InvariantCulture, $"- Closed: {(incident.ClosedAt is { } closed ? Utc(closed) : "not yet")}\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"- Crisis room opened: {(room.OpenedAt is { } opened ? Utc(opened) : "not opened")}\n\n");
        md.Append("## Post-incident review\n\n");
        if (review is null)
        {
            md.Append("No review has been saved yet.\n\n");
        }
        else
        {
            md.Append(CultureInfo.InvariantCulture, $"Revision {review.Revision}, saved {Utc(review.SavedAt)} by {ReviewMarkdown.Inline(review.AuthorName)}.\n\n");
            Section(md, "What happened", review.WhatHappened);
            Section(md, "Impact", review.Impact);
            Section(md, "Root cause", review.RootCause);
            Section(md, "What went well", review.WentWell);
            Section(md, "What to change", review.ToChange);
        }

        md.Append("## Follow-up actions\n\n");
        var actions = review?.Actions.OrderBy(a => a.Number).ToList() ?? [];
        if (actions.Count == 0)
        {
            md.Append("None.\n\n");
        }
        else
        {
            md.Append("| # | Owner | Due | Action | Status |\n|---|---|---|---|---|\n");
            foreach (var a in actions)
            {
                var status = a.DoneAt is { } done ? $"done {Utc(done)} by {ReviewMarkdown.Inline(a.DoneByName)}" : "open";
                md.Append(CultureInfo.InvariantCulture, $"| {a.Number} | {ReviewMarkdown.Inline(a.OwnerName)} | {a.DueDate:yyyy-MM-dd} | {ReviewMarkdown.Inline(a.Text)} | {status} |\n");
            }

            md.Append('\n');
        }

        md.Append("## Stakeholder updates\n\n");
        if (updates.Count == 0)
        {
            md.Append("None.\n\n");
        }

        foreach (var u in updates)
        {
            md.Append(CultureInfo.InvariantCulture, $"### Update #{u.Sequence} — {Utc(u.At)} — {ReviewMarkdown.Inline(u.AuthorName)}\n\n");
            md.Append(ReviewMarkdown.Block(u.Status)).Append("\n\n");
            md.Append("Impact: ").Append(ReviewMarkdown.Inline(u.Impact ?? "not stated")).Append("\n\n");
        }

        md.Append("## Timeline\n\n");
        if (timeline.Count == 0)
        {
            md.Append("No entries.\n");
        }

        foreach (var item in timeline)
        {
            md.Append(CultureInfo.InvariantCulture, $"- {Utc(item.At)} — {item.Kind} — {ReviewMarkdown.Inline(item.ActorName)}");
            md.Append(string.IsNullOrWhiteSpace(item.Detail) ? "\n" : ": " + ReviewMarkdown.Inline(item.Detail) + "\n");
        }

        return md.ToString();
    }

    private static void Section(StringBuilder md, string heading, string? text) =>
        md.Append("### ").Append(heading).Append("\n\n").Append(ReviewMarkdown.Block(text)).Append("\n\n");

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not export the crisis record of {Incident}")]
    private static partial void LogForbidden(ILogger logger, string userId, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Crisis record of {Incident} exported for {UserId}")]
    private static partial void LogExported(ILogger logger, string incident, string userId);
}
