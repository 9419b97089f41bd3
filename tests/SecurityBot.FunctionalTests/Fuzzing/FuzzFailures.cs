using System.Globalization;
using System.Text;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests.Fuzzing;

/// <summary>
/// What the fuzz run found, grouped by symptom (status code, or exception type and the first frame in our code) so one
/// bug hit a thousand times reads as one line with its first case, which is the one to replay.
/// </summary>
public sealed class FuzzFailures(int seed)
{
    private readonly Dictionary<string, (int Count, string First)> _bySymptom = new(StringComparer.Ordinal);

    /// <summary>One line per symptom: how often, and the first case with its activity; empty when nothing failed.</summary>
    public string Summary
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (symptom, (count, first)) in _bySymptom)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"[{symptom}] ×{count}, first: {first}");
            }

            return text.ToString();
        }
    }

    public void Add(string symptom, int index, string description, string json, string detail)
    {
        var count = _bySymptom.TryGetValue(symptom, out var known) ? known.Count + 1 : 1;
        _bySymptom[symptom] = (count, known.First ?? $"seed {seed} case {index} [{description}]: {Truncate(detail, 1500)}\n    activity: {Truncate(json, 800)}\n");
    }

    /// <summary>The exception's type and the first stack frame in SecurityBot code, else the message's start.</summary>
    public static string Signature(CapturedLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Exception is not { } exception)
        {
            return $"{entry.Level} {entry.Category}: {Truncate(entry.Message, 80)}";
        }

        var lines = exception.Split('\n');
        var type = lines[0].Split(':')[0].Trim();
        var frame = lines.Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("at SecurityBot.", StringComparison.Ordinal)) ?? string.Empty;
        var paren = frame.IndexOf('(', StringComparison.Ordinal);
        return $"{type} {(paren > 0 ? frame[..paren] : frame)}";
    }

    private static string Truncate(string text, int max) => text.Length > max ? text[..max] + $"…({text.Length} chars)" : text;
}
