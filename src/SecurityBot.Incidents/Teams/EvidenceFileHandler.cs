using Microsoft.Extensions.Options;
using SecurityBot.Cards;
using SecurityBot.Platform.Chat;
using SecurityBot.Platform.Files;
using SecurityBot.Platform.Results;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// Files a reporter sends the bot in their 1:1 chat become evidence on their open report: the one named in the
/// message ("INC-000042"), else their only open report; with several open and none named, they are asked to name
/// one and nothing is read. Files sent where others can read are not read at all (the answer goes to the 1:1 chat).
/// Each file is read, checked and attached on its own; one answer lists what happened to each.
/// </summary>
internal sealed class EvidenceFileHandler(
    IIncidentService incidents,
    IncidentEvidenceService evidence,
    FileDownloader downloader,
    PrivateReplies replies,
    IOptions<IncidentOptions> options) : IIncomingFileHandler
{
    public const int MaxFilesPerMessage = 5;

    public async Task HandleAsync(ChatCommandContext context, IReadOnlyList<IncomingFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        if (PrivateReplies.IsShared(context.Turn.Activity))
        {
            await replies.SendAsync(context, NoticeCard.Info("Send evidence to me here", "I did not read the file you shared there: evidence belongs in our 1:1 chat.",
                "Attach it here, with your report's number in the message (e.g. INC-000042)."), cancellationToken);
            return;
        }

        var reporter = new IncidentActor(context.Actor.AadObjectId, context.Actor.Name ?? "Unknown user");
        var (target, why) = await TargetAsync(context.Arguments, reporter.Id, cancellationToken);
        if (target is not { } number)
        {
            await context.Turn.SendCardAsync(why!, cancellationToken);
            return;
        }

        var lines = new List<string>();
        var attached = 0;
        foreach (var sent in files.Take(MaxFilesPerMessage))
        {
            var (ok, line) = await AttachAsync(number, reporter, sent, cancellationToken);
            attached += ok ? 1 : 0;
            lines.Add(line);
        }

        if (files.Count > MaxFilesPerMessage)
        {
            lines.Add($"Only the first {MaxFilesPerMessage} files of a message are read; send the rest in another message.");
        }

        var text = string.Join("\n\n", lines);
        await context.Turn.SendCardAsync(attached == files.Count
            ? NoticeCard.Success(attached == 1 ? "Evidence added" : $"{attached} files added", text, "SecurityBot never opens them; the security team inspects them safely.")
            : NoticeCard.Warning(attached == 0 ? "Nothing was added" : $"{attached} of {files.Count} files added", text), cancellationToken);
    }

    private async Task<(bool Attached, string Line)> AttachAsync(long number, IncidentActor reporter, IncomingFile sent, CancellationToken cancellationToken)
    {
        var limits = options.Value.Evidence;
        var name = string.IsNullOrWhiteSpace(sent.Name) ? "the file" : sent.Name;
        // Name and type first: a file that could never be attached is not fetched.
        if (EvidenceFile.NameProblem(sent.Name, limits) is { } early)
        {
            return (false, $"{name}: {early}");
        }

        var read = await downloader.GetAsync(sent.DownloadUrl, limits.MaxBytes, cancellationToken);
        if (read.Content is null)
        {
            return (false, $"{name}: {read.Problem}");
        }

        if (!EvidenceFile.TryCreate(sent.Name, read.Content, limits, out var file, out var problem))
        {
            return (false, $"{name}: {problem}");
        }

        var (status, message) = await evidence.AttachAsync(number, reporter, file, cancellationToken);
        return (status == UseCaseStatus.Succeeded, status == UseCaseStatus.Succeeded ? message : $"{name}: {message}");
    }

    /// <summary>The report named in the message, else the person's only open report; otherwise what to tell them.</summary>
    private async Task<(long? Number, AdaptiveCard? Why)> TargetAsync(string text, string reporterId, CancellationToken cancellationToken)
    {
        var named = text.Split([' ', '\n', '\r', '\t', ',', ';', ':', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.StartsWith(IncidentNumber.Prefix, StringComparison.OrdinalIgnoreCase))
            .Select(w => IncidentNumber.TryParse(w.TrimEnd('.', '!', '?'), out var n) ? n : 0)
            .FirstOrDefault(n => n > 0);
        if (named > 0)
        {
            return (named, null);
        }

        var open = await incidents.ListOpenReportedByAsync(reporterId, 10, cancellationToken);
        return open.Count switch
        {
            1 => (open[0].Number, null),
            0 => (null, NoticeCard.Info("No open report to add this to", "I did not keep the file: you have no open report.",
                "Report what happened first (type report), then send the file here.")),
            _ => (null, NoticeCard.Info("Which report is this for?", $"You have {open.Count} open reports: {string.Join(", ", open.Select(i => i.DisplayNumber))}.",
                "Send the file again with the number in the message, e.g. " + open[0].DisplayNumber + ".")),
        };
    }
}
