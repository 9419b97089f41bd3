using System.Text.Json.Nodes;

namespace SecurityBot.FunctionalTests.Fuzzing;

/// <summary>
/// Builds one well-formed Teams activity per case from the captured activity JSON (Activities/): messages with the
/// bot's commands, card submits (incident report, risk request), Action.Execute on triage and decision cards aimed
/// at other people's entities, compose-box queries, conversation and installation updates. Always sent as one of
/// <see cref="Attackers"/>, who have no rights over the seeded entities. <see cref="ActivityMutator"/> then breaks it.
/// </summary>
public sealed class ActivityGenerator(TeamsActivities activities)
{
    /// <summary>Employees and strangers with no role over anything <see cref="FuzzSeed"/> seeds (Adele's items).</summary>
    public static readonly (string? Aad, string TeamsId, string Name)[] Attackers =
    [
        ("00000000-0000-0000-0000-0000000000020", "29:1Alex-Wilber-teams-user-id", "Alex Wilber"),
        ("00000000-0000-0000-0000-0000000000023", "29:1Isaiah-Langer", "Isaiah Langer"),
        ("a05927b6-619e-4cd0-8692-f1dd73d73765", "29:1Diego-Alvarez", "Diego Alvarez"),
        ("00000000-0000-0000-0000-0000000000025", "29:1Lynne-Robbins", "Lynne Robbins"),
        ("11111111-2222-3333-4444-555555555555", "29:1not-in-the-directory", "Mallory"),
        (null, "29:1no-aad-object-id", "Nobody"),
    ];

    private static readonly string[] Commands =
    [
        "help", "report", "status", "risk", "risk list", "risk list expiry", "risk export", "risk verify", "risk RA-000001",
        "risk RA-000002", "risk RA-999999", "incident INC-000001", "incident INC-000002", "incident", "policy", "policy encryption",
        "policy passwords-mfa 2", "policy nonexistent", "how long must my password be?", "can I use a USB stick?",
        "my laptop was stolen on the train", "I clicked a link in an email from billing@evil-pay.example https://evil-pay.example/login",
        "ransomware note on my screen, files encrypted", "someone called pretending to be IT and asked for my MFA code",
        "risk approve RA-000001", "incident ack INC-000001", "HELP", "  status  ", "report phishing", "??", "a",
    ];

    private static readonly string[] Verbs =
    [
        "incident.submit", "incident.acknowledge", "incident.assign", "incident.escalate", "incident.resolve", "incident.dismiss",
        "incident.note", "incident.refresh", "risk.request.open", "risk.request.submit", "risk.approve", "risk.reject",
        "risk.changes", "risk.edit", "risk.resubmit", "risk.refresh", "risk.renew", "risk.remediate", "policy.open", "policy.search",
        "unknown.verb", "", "RISK.APPROVE", "risk.approve ",
    ];

    private static readonly string[] Categories =
        ["phishing", "malware", "lost-device", "account-compromise", "data-breach", "ransomware", "social-engineering", "other", "", "PHISHING", "nope"];

    private static readonly string[] PolicyIds = ["encryption", "passwords-mfa", "removable-media", "acceptable-use", "../secrets", "", "ENCRYPTION"];

    /// <summary>The activity of one case, as a mutable JSON tree, and a short label for the failure report.</summary>
    public (JsonObject Activity, string Label) Generate(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.Next(100);
        var (json, label) = roll switch
        {
            < 22 => (activities.Message(Pick(random, Commands)), "message"),
            < 27 => (activities.ChannelMessage().Replace("<at>SecurityBot</at> help", "<at>SecurityBot</at> " + Escape(Pick(random, Commands)), StringComparison.Ordinal), "channel message"),
            < 30 => (GroupChat(activities.Message(Pick(random, Commands))), "group chat message"),
            < 34 => (activities.Message(string.Empty), "legacy submit"),
            < 76 => CardAction(random),
            < 86 => (activities.ComposeQuery(random.Next(5) == 0 ? "unknownCommand" : "searchPolicies", Pick(random, Commands)), "compose query"),
            < 91 => (activities.BotAddedPersonal(), "conversationUpdate"),
            < 96 => (activities.InstallationAdd(), "installationUpdate"),
            _ => (activities.Message("help"), "other type"),
        };

        var activity = (JsonObject)JsonNode.Parse(json)!;
        switch (label)
        {
            case "legacy submit":
                activity.Remove("text");
                activity["value"] = random.Next(2) == 0 ? IncidentForm(random) : RiskForm(random);
                break;
            case "other type":
                activity["type"] = Pick(random, ["messageReaction", "typing", "event", "endOfConversation", "invoke", "messageUpdate", "messageDelete", "Message", "trace"]);
                activity["name"] = Pick(random, ["task/fetch", "signin/verifyState", "composeExtension/submitAction", "adaptiveCard/action", "", "fileConsent/invoke"]);
                label += " " + activity["type"] + " " + activity["name"];
                break;
            case "installationUpdate":
                activity["action"] = Pick(random, ["add", "remove", "add-upgrade", "remove-upgrade", ""]);
                break;
        }

        As(activity, Attackers[random.Next(Attackers.Length)]);
        return (activity, label);
    }

    private (string Json, string Label) CardAction(Random random)
    {
        var verb = Pick(random, Verbs);
        JsonObject data = verb switch
        {
            "incident.submit" => IncidentForm(random),
            "risk.request.submit" or "risk.resubmit" => RiskForm(random),
            "risk.request.open" or "policy.open" => new JsonObject { ["policyId"] = Pick(random, PolicyIds), ["section"] = random.Next(-1, 12).ToString(System.Globalization.CultureInfo.InvariantCulture) },
            "policy.search" => new JsonObject { ["query"] = Pick(random, Commands) },
            _ when verb.StartsWith("incident.", StringComparison.Ordinal) => new JsonObject
            {
                ["incident"] = Pick(random, HostileValues.References),
                ["version"] = random.Next(-2, 6),
                ["note"] = "fuzz note",
                ["resolution"] = "fuzz resolution",
            },
            _ => new JsonObject
            {
                ["id"] = Pick(random, HostileValues.References),
                ["version"] = random.Next(-2, 8),
                ["stage"] = random.Next(-1, 3),
                ["rejectComment"] = "no",
                ["changesComment"] = "change it",
                ["durationDays"] = random.Next(-5, 400).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        if (verb == "risk.resubmit")
        {
            data["id"] = Pick(random, HostileValues.References);
            data["version"] = random.Next(-2, 8);
        }

        return (activities.CardAction(verb, data), "Action.Execute " + verb);
    }

    private static JsonObject IncidentForm(Random random) => new()
    {
        ["category"] = Pick(random, Categories),
        ["description"] = Pick(random, Commands) + " and more words to pass the minimum length",
        ["occurredOn"] = Pick(random, ["", "2026-11-22", "yesterday", "9999-12-31", "0001-01-01", "2026-02-30"]),
        ["affectedSystem"] = "my laptop",
        ["evidence"] = Pick(random, ["", "https://evil.example/x", "user@evil.example 10.0.0.1"]),
        ["clicked"] = Pick(random, ["true", "false", ""]),
    };

    private static JsonObject RiskForm(Random random) => new()
    {
        ["title"] = "Legacy build server without disk encryption",
        ["policyId"] = Pick(random, PolicyIds),
        ["section"] = "2",
        ["asset"] = "build-01.corp",
        ["description"] = "The old firmware cannot run full-disk encryption; a stolen disk exposes source code.",
        ["likelihood"] = random.Next(-1, 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["impact"] = random.Next(-1, 7).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["controls"] = "Locked cage.",
        ["justification"] = "Needed until November.",
        ["durationDays"] = random.Next(-5, 400).ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["riskOwner"] = Pick(random, ["", "Adele Vance", "00000000-0000-0000-0000-0000000000022", "Priya Raman", "nobody"]),
    };

    private static string GroupChat(string json) =>
        json.Replace("\"conversationType\": \"personal\"", "\"conversationType\": \"groupChat\", \"isGroup\": true", StringComparison.Ordinal)
            .Replace("a:1personal-chat-alex", "19:group-chat-fuzz@thread.v2", StringComparison.Ordinal);

    /// <summary>Sends the activity as <paramref name="who"/>: sender ids, and their own 1:1 chat when it is one.</summary>
    private static void As(JsonObject activity, (string? Aad, string TeamsId, string Name) who)
    {
        var from = new JsonObject { ["id"] = who.TeamsId, ["name"] = who.Name };
        if (who.Aad is not null)
        {
            from["aadObjectId"] = who.Aad;
        }

        activity["from"] = from;
        if (activity["conversation"] is JsonObject conversation && conversation["id"]?.GetValue<string>() == "a:1personal-chat-alex")
        {
            conversation["id"] = "a:personal-" + (who.Aad ?? who.TeamsId);
        }
    }

    private static string Escape(string text) => System.Text.Json.JsonSerializer.Serialize(text)[1..^1];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
