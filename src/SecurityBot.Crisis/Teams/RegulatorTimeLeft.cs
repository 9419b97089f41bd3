namespace SecurityBot.Crisis.Teams;

/// <summary>"71 h 30 min", "45 min", "passed 2 h ago": a duration read at a glance, never negative.</summary>
internal static class RegulatorTimeLeft
{
    public static string Format(TimeSpan left)
    {
        var span = left.Duration();
        var hours = (int)span.TotalHours;
        var text = hours == 0 ? $"{span.Minutes} min" : span.Minutes == 0 ? $"{hours} h" : $"{hours} h {span.Minutes} min";
        return left < TimeSpan.Zero ? $"passed {text} ago" : text;
    }
}
