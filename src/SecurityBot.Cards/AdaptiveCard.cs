using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using SecurityBot.Cards.Serialization;

namespace SecurityBot.Cards;

/// <summary>
/// An Adaptive Card, schema 1.5 at most (the newest version every Teams client renders).
/// Build it with object and collection initializers:
/// <code>new AdaptiveCard { Body = { TextBlock.Heading("Hello") }, Actions = { ... } }</code>
/// </summary>
[JsonConverter(typeof(AdaptiveCardJsonConverter))]
public sealed class AdaptiveCard
{
    /// <summary>The attachment content type Teams expects for an Adaptive Card.</summary>
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>The schema URL written as <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>The newest schema version SecurityBot sends; Teams mobile clients lag behind 1.6.</summary>
    public const string MaxVersion = "1.5";

    private static readonly Version MaxSupported = new(1, 5);
    private string _version = MaxVersion;

    /// <summary>Schema version, "1.0" to "1.5"; anything newer is refused.</summary>
    public string Version
    {
        get => _version;
        init => _version = ValidateVersion(value);
    }

    /// <summary>Text shown by clients that cannot render the card (and in notifications).</summary>
    public string? FallbackText { get; set; }

    /// <summary>The card's elements, top to bottom.</summary>
    public List<CardElement> Body { get; } = [];

    /// <summary>Buttons at the bottom of the card.</summary>
    public List<CardAction> Actions { get; } = [];

    /// <summary>Universal Actions refresh: listed users get an up-to-date, personal copy when they open the card.</summary>
    public CardRefresh? Refresh { get; set; }

    /// <summary>Teams-only properties (full width, mention entities).</summary>
    public TeamsCardProperties? MsTeams { get; set; }

    /// <summary>Asks Teams to render the card across the full width of the conversation.</summary>
    public AdaptiveCard WithFullWidth()
    {
        MsTeams ??= new TeamsCardProperties();
        MsTeams.Width = TeamsCardProperties.FullWidth;
        return this;
    }

    /// <summary>
    /// Registers a mention of a Teams user and returns the <c>&lt;at&gt;…&lt;/at&gt;</c> text to put in a TextBlock.
    /// The display name is escaped, so a name cannot close the tag or add markdown.
    /// </summary>
    /// <param name="userId">The Teams user id (29:…) or AAD object id of the person mentioned.</param>
    /// <param name="displayName">The person's name, as the directory returned it.</param>
    public string Mention(string userId, string displayName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        var text = $"<at>{CardText.Escape(CardText.Truncate(displayName, 100))}</at>";
        MsTeams ??= new TeamsCardProperties();
        MsTeams.Entities.Add(new TeamsMention(text, new TeamsMentioned(userId, displayName)));
        return text;
    }

    /// <summary>The card as JSON text.</summary>
    public string ToJson(bool indented = false) =>
        JsonSerializer.Serialize(this, indented ? IndentedOptions : CardJson.Options);

    /// <summary>The card as a JSON element, e.g. for an invoke response or a test assertion.</summary>
    public JsonElement ToJsonElement() => JsonSerializer.SerializeToElement(this, CardJson.Options);

    private static readonly JsonSerializerOptions IndentedOptions = new(CardJson.Options) { WriteIndented = true };

    [SuppressMessage("Usage", "CA2208:Instantiate argument exceptions correctly", Justification = "The value validated is the Version property's; this helper is its init accessor's check, so the property name is the one callers set.")]
    private static string ValidateVersion(string value)
    {
        if (!System.Version.TryParse(value, out var parsed) || parsed.Build != -1
            || parsed > MaxSupported || parsed < new Version(1, 0))
        {
            throw new ArgumentOutOfRangeException(
                nameof(Version), value, string.Create(CultureInfo.InvariantCulture, $"Adaptive Card version must be 1.0 to {MaxVersion}."));
        }

        return value;
    }
}
