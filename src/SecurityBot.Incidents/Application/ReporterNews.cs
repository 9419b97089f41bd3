namespace SecurityBot.Incidents.Application;

/// <summary>
/// What a reporter is told about their report (acknowledged, resolved…): a text of IncidentTexts by its key and the
/// values it quotes, rendered in each reporter's own language when the notice is queued.
/// </summary>
internal sealed record ReporterNews(string Key, params object[] Arguments);
