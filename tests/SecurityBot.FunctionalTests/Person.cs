using System.Text.Json;

namespace SecurityBot.FunctionalTests;

/// <summary>Someone of the demo organisation as Teams identifies them, and their 1:1 chat with the bot.</summary>
public sealed record Person(string AadObjectId, string Name, string TeamsId, string Conversation)
{
    // Alex is who sends the captured activities (Activities/*.json): his ids are the ones in those files.
    private const string TemplateAad = "00000000-0000-0000-0000-0000000000020";
    private const string TemplateTeamsId = "29:1Alex-Wilber-teams-user-id";
    private const string TemplateConversation = "a:1personal-chat-alex";

    private Person(string aadObjectId, string name)
        : this(aadObjectId, name, "29:teams-" + aadObjectId, "a:personal-" + aadObjectId)
    {
    }

    public static Person Alex { get; } = new(TemplateAad, "Alex Wilber", TemplateTeamsId, TemplateConversation);

    public static Person Megan { get; } = new("00000000-0000-0000-0000-0000000000021", "Megan Bowen");

    public static Person Adele { get; } = new("00000000-0000-0000-0000-0000000000022", "Adele Vance");

    public static Person Isaiah { get; } = new("00000000-0000-0000-0000-0000000000023", "Isaiah Langer");

    public static Person Jin { get; } = new("c9d4141d-88c7-4dce-afaa-7a26aab7ad4b", "Jin Park");

    public static Person Amara { get; } = new("90270553-6bb6-4892-bd29-d64302f77369", "Amara Nwosu");

    public static Person Diego { get; } = new("a05927b6-619e-4cd0-8692-f1dd73d73765", "Diego Alvarez");

    public static Person Henrik { get; } = new("889d613f-4add-4fe6-8dd0-ef3c4ef87637", "Henrik Sorensen");

    public static Person Tomas { get; } = new("0d4600df-edcf-4c5a-8700-cc2361eebecd", "Tomas Herrera");

    public static Person Priya { get; } = new("76ca3146-8f27-404b-bb5a-a24850a45b81", "Priya Raman");

    /// <summary>Megan Bowen's manager (Alex's manager's manager).</summary>
    public static Person Rahul { get; } = new("1815997c-a890-4774-ab20-67c3935104bc", "Rahul Mehta");

    /// <summary>A captured activity (sent by Alex) as sent by this person; in a personal chat, in their own 1:1 chat.</summary>
    public string Sends(string activityJson)
    {
        ArgumentNullException.ThrowIfNull(activityJson);
        return activityJson
            .Replace(Quoted(TemplateTeamsId), Quoted(TeamsId), StringComparison.Ordinal)
            .Replace("\"Alex Wilber\"", Quoted(Name), StringComparison.Ordinal)
            .Replace(Quoted(TemplateAad), Quoted(AadObjectId), StringComparison.Ordinal)
            .Replace(Quoted(TemplateConversation), Quoted(Conversation), StringComparison.Ordinal);
    }

    private static string Quoted(string value) => JsonSerializer.Serialize(value);
}
