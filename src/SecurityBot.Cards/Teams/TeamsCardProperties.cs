namespace SecurityBot.Cards;

/// <summary>The card-level <c>msteams</c> object.</summary>
public sealed class TeamsCardProperties
{
    /// <summary>The only width value Teams knows.</summary>
    public const string FullWidth = "Full";

    /// <summary>"Full" to use the whole message width; null for the default.</summary>
    public string? Width { get; set; }

    /// <summary>Mention entities; each entity's text must appear verbatim in a TextBlock.</summary>
    public List<TeamsMention> Entities { get; } = [];
}
