using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace SecurityBot.Crisis.Application;

/// <summary>
/// The post-incident review: the card posted to the room when its incident is resolved, and "Save review" — the
/// review, its follow-up actions, their reminder timers and the audit entry in one unit of work, so a review is
/// either saved with everything it promised or not at all. Who may save is decided here (a person of the room or
/// someone who may triage); the card data names only the incident. Owners come from the directory by e-mail: one
/// unknown owner and nothing is saved, the card comes back with the error.
/// </summary>
internal sealed partial class PostIncidentReviews(
    CrisisRoomStore rooms,
    ReviewStore reviews,
    IIncidentActions incidents,
    IDirectory directory,
    CrisisMessages messages,
    ITimerScheduler timers,
    IAuditLog audit,
    TimeProvider time,
    ILogger<PostIncidentReviews> logger)
{
    private static readonly CommitRetry SaveRetry = new(MaxAttempts: 5, VersionConflicts: true,
        ReviewUniqueKeys.RoomId, ReviewUniqueKeys.ActionNumber, PlatformUniqueKeys.AuditSequence);

    /// <summary>The room's incident was resolved: the review card goes to the room (once: its outbox key says so).</summary>
    public async Task PostFormAsync(CrisisRoom room, IncidentSnapshot incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(room);
        ArgumentNullException.ThrowIfNull(incident);
        if (incident.Stage != IncidentStage.Resolved || room.ChatId is null || room.ServiceUrl is null)
        {
            return;
        }

        var input = new ReviewInput(incident.Summary, null, null, null, null, null);
        await messages.PostToRoomAsync(room, ReviewCard.Form(room.IncidentNumber, incident.Title, input, []), "review", cancellationToken);
        LogFormPosted(logger, room.IncidentNumber);
    }

    public async Task<ReviewSaveOutcome> SaveAsync(string incidentNumber, ResolvedActor actor, ReviewInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var room = await rooms.FindByIncidentAsync(incidentNumber, cancellationToken);
        if (room is null || (!room.IsMember(actor.Id) && !await incidents.CanTriageAsync(actor.Id, cancellationToken)))
        {
            // Someone outside the room learns nothing from the number on a forwarded card.
            LogForbidden(logger, actor.Id, incidentNumber);
            return ReviewSaveOutcome.Failed(UseCaseStatus.Forbidden, "Only the people of the crisis room and the security team can save its review.");
        }

        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
        var draftOk = ReviewDraft.TryCreate(input.WhatHappened, input.Impact, input.RootCause, input.WentWell, input.ToChange, out var draft, out var draftErrors);
        var linesOk = FollowUpLines.TryParse(input.Actions, today, out var lines, out var lineErrors);
        if (!draftOk || !linesOk)
        {
            return new ReviewSaveOutcome(UseCaseStatus.Invalid, [.. draftErrors, .. lineErrors], room);
        }

        var owners = new List<(FollowUpLine Line, string OwnerId, string OwnerName)>();
        var unknown = new List<string>();
        foreach (var line in lines)
        {
            if (await directory.GetUserAsync(line.OwnerEmail, cancellationToken) is { } owner)
            {
                owners.Add((line, owner.Id, owner.DisplayName));
            }
            else
            {
                unknown.Add($"Line {line.Line}: nobody with the address {line.OwnerEmail} is in the directory.");
            }
        }

        if (unknown.Count > 0)
        {
            return new ReviewSaveOutcome(UseCaseStatus.Invalid, unknown, room);
        }

        var name = actor.Name ?? "Unknown user";
        return await SaveRetry.RunAsync(reviews.Db, async attempt =>
        {
            if (attempt > 1)
            {
                room = await rooms.FindByIncidentAsync(incidentNumber, cancellationToken) ?? throw new InvalidOperationException("The room vanished.");
            }

            var now = time.GetUtcNow();
            var review = await reviews.FindByRoomAsync(room.Id, cancellationToken);
            if (review is null)
            {
                review = PostIncidentReview.For(room, now);
                reviews.Add(review);
            }

            var removed = review.Save(draft!, owners, (actor.Id, name), now);
            foreach (var action in removed)
            {
                await timers.CancelAsync(FollowUpTimer.EntityType, FollowUpTimer.EntityId(review.IncidentNumber, action.Number), FollowUpTimer.Kind, cancellationToken);
            }

            foreach (var action in review.Actions.Where(a => !a.IsDone && a.Reminders == 0))
            {
                // The first reminder on the due date, or at once when it is due today and 09:00 UTC has passed.
                var due = action.FirstReminderAt < now ? now : action.FirstReminderAt;
                await timers.ScheduleAsync(FollowUpTimer.EntityType, FollowUpTimer.EntityId(review.IncidentNumber, action.Number), FollowUpTimer.Kind, due, null, cancellationToken);
            }

            await audit.AppendAsync(new AuditRecord(PostIncidentReview.EntityType, review.IncidentNumber, review.Revision == 1 ? "review-saved" : "review-replaced",
                actor.Id, name, AuditText(review, removed.Count)), cancellationToken);
            await reviews.Db.SaveChangesAsync(cancellationToken);
            LogSaved(logger, review.IncidentNumber, review.Revision, review.Actions.Count(a => !a.IsDone), actor.Id);
            return new ReviewSaveOutcome(UseCaseStatus.Succeeded, [], room, review);
        });
    }

    /// <summary>
    /// The whole revision as saved, so every revision (the ones later replaced too) can be read back from the audit
    /// log: the review keeps only the latest.
    /// </summary>
    private static string AuditText(PostIncidentReview review, int removedActions)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Revision {review.Revision}; {removedActions} open follow-ups replaced.\n");
        text.Append("What happened: ").Append(review.WhatHappened).Append('\n');
        text.Append("Impact: ").Append(review.Impact).Append('\n');
        text.Append("Root cause: ").Append(review.RootCause).Append('\n');
        text.Append("What went well: ").Append(review.WentWell).Append('\n');
        text.Append("What to change: ").Append(review.ToChange).Append('\n');
        foreach (var action in review.Actions)
        {
            text.Append(CultureInfo.InvariantCulture, $"#{action.Number} {action.OwnerId} {action.DueDate:yyyy-MM-dd} {(action.IsDone ? "done" : "open")}: {action.Text}\n");
        }

        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review card of {Incident} queued for its crisis room")]
    private static partial void LogFormPosted(ILogger logger, string incident);

    [LoggerMessage(Level = LogLevel.Warning, Message = "User {UserId} may not save the review of {Incident}")]
    private static partial void LogForbidden(ILogger logger, string userId, string incident);

    [LoggerMessage(Level = LogLevel.Information, Message = "Review of {Incident} saved (revision {Revision}, {OpenActions} open follow-ups) by {UserId}")]
    private static partial void LogSaved(ILogger logger, string incident, int revision, int openActions, string userId);
}
