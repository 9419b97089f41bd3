using SecurityBot.Platform.Chat;
using SecurityBot.Metrics.Charts;
using SecurityBot.Platform.Directory;
using SecurityBot.Platform.Regional;

namespace SecurityBot.Metrics.Teams;

/// <summary>
/// "metrics [period]": the security figures for the period (the last 30 days by default). Only the roles
/// <see cref="MetricsAccess"/> allows see them; everyone else is refused before anything is read. The figures are
/// for the asker only: asked in a channel or group chat, they go to the asker's 1:1 chat (<see cref="PrivateReplies"/>).
/// </summary>
internal sealed class MetricsCommand(MetricsAccess access, MetricsQueryService metrics, MetricsChartImages charts, IMetricsExport export, IDirectory directory,
    PrivateReplies replies, TimeProvider time) : IChatCommand
{
    public IReadOnlyList<string> Verbs { get; } = ["metrics"];

    // No example button: the help is the same for everyone, and most people may not use this command.
    public CommandHelp Help { get; } = new("metrics", "metrics [export] [week | last week | 30d | quarter | from..to] — security figures and the board export (security team, CSO and risk approvers)");

    public async Task HandleAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (await access.DecideAsync(context.Actor.AadObjectId, cancellationToken) == MetricsAudience.None)
        {
            await context.Turn.SendCardAsync(
                NoticeCard.Error("Security metrics are not available to you", "The security figures are for the security team, the CSO and the risk approvers.",
                    "If you need figures for your work, ask the security team."),
                cancellationToken);
            return;
        }

        var zone = RegionReader.ZoneOf(context.Turn.Activity) ?? TimeZoneInfo.Utc;
        var (exporting, periodText) = ExportRequest(context.Arguments);
        if (!MetricsPeriod.TryParse(periodText, time.GetUtcNow(), zone, out var period, out var error))
        {
            var message = error.Contains(MetricsPeriod.Usage, StringComparison.Ordinal) ? error : error + " " + MetricsPeriod.Usage;
            await context.Turn.SendCardAsync(NoticeCard.Error("I can't show metrics for that period", message, "For example: metrics last week"), cancellationToken);
            return;
        }

        var figures = await metrics.ComputeAsync(period, zone, cancellationToken);
        if (exporting)
        {
            await replies.SendAsync(context, MetricsExportCard.Create(figures, export.Export(figures)), cancellationToken);
            return;
        }

        var names = await ReporterNamesAsync(figures.Incidents.TopReporters, cancellationToken);
        var card = MetricsCardImages.Build(charts.For(figures), images => MetricsCard.Create(figures, zone, names, images));
        await replies.SendAsync(context, card, cancellationToken);
    }

    /// <summary>"export last week" → (true, "last week"); anything else is a period.</summary>
    private static (bool Exporting, string PeriodText) ExportRequest(string? arguments)
    {
        var text = (arguments ?? string.Empty).Trim();
        return text.Equals("export", StringComparison.OrdinalIgnoreCase) || text.StartsWith("export ", StringComparison.OrdinalIgnoreCase)
            ? (true, text[6..])
            : (false, text);
    }

    /// <summary>Display names of the top reporters (at most ten directory look-ups, cached by the directory).</summary>
    private async Task<IReadOnlyDictionary<string, string>> ReporterNamesAsync(IReadOnlyList<NamedCount> reporters, CancellationToken cancellationToken)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            foreach (var reporter in reporters)
            {
                if (await directory.GetUserAsync(reporter.Name, cancellationToken) is { } user)
                {
                    names[reporter.Name] = user.Department is { Length: > 0 } department ? $"{user.DisplayName} ({department})" : user.DisplayName;
                }
            }
        }
        catch (DirectoryUnavailableException)
        {
            // The figures matter more than the names: the card then shows the directory ids it has.
        }

        return names;
    }
}
