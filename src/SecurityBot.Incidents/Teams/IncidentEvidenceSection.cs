using System.Globalization;
using SecurityBot.Cards;

namespace SecurityBot.Incidents.Teams;

/// <summary>
/// The files reporters attached: name, size, SHA-256, who and when — never the file itself, never a preview. Responders
/// get a "Get a copy" button per file (the server checks who presses it; the data names only the incident and the file).
/// </summary>
internal static class IncidentEvidenceSection
{
    public const int MaxShown = 5;

    public static IEnumerable<CardElement> For(Incident incident, bool forResponder, TimeDisplay reader)
    {
        var files = incident.Evidence;
        if (files.Count == 0)
        {
            yield break;
        }

        yield return new TextBlock("Evidence (not opened by SecurityBot)") { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true };
        foreach (var file in files.Take(MaxShown))
        {
            yield return new TextBlock(
                $"{IncidentCardParts.EscapedUserText(file.FileName, 120)} · {Size(file.SizeInBytes)} · added by {IncidentCardParts.EscapedUserText(file.AddedByName, 100)} at {IncidentCardParts.Time(file.AddedAt, reader)}")
            {
                Wrap = true,
                Spacing = Spacing.Small,
            };
            yield return new TextBlock("SHA-256 " + file.Sha256) { Wrap = true, IsSubtle = true, FontType = FontType.Monospace, Size = TextSize.Small, Spacing = Spacing.None };
            if (forResponder)
            {
                var data = IncidentCardParts.Data(incident);
                data["evidence"] = file.Id.ToString("D", CultureInfo.InvariantCulture);
                yield return new ActionSet(new ExecuteAction("Get a copy", IncidentVerbs.Evidence, data)) { Spacing = Spacing.Small };
            }
        }

        if (files.Count > MaxShown)
        {
            yield return new TextBlock($"… and {files.Count - MaxShown} more") { IsSubtle = true, Spacing = Spacing.Small };
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} bytes"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };
}
