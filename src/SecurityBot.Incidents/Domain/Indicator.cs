namespace SecurityBot.Incidents.Domain;

/// <summary>An indicator of compromise in its normalised (refanged, lower-case host) form; show it with <see cref="Defang"/>.</summary>
internal sealed record Indicator(IndicatorKind Kind, string Value)
{
    /// <summary>The value made unclickable for cards, e.g. hxxps://evil[.]example/login.</summary>
    public string Defanged => Defang.Value(Kind, Value);
}
