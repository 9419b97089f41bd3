using SecurityBot.Incidents.Domain;

namespace SecurityBot.UnitTests.Incidents;

/// <summary>Incidents in every state, built through the domain, for card tests and the card catalog.</summary>
internal static class IncidentSamples
{
    public static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    public static readonly IncidentActor Reporter = new("reporter-1", "Alex Wilber");
    public static readonly IncidentActor Responder = new("responder-1", "Dana Scully");

    public const string HostileText =
        "**URGENT** <at>CEO</at> [click](https://evil.example/login) # heading\n- item\nmail ceo@evil.example from 203.0.113.7 " +
        "hash d41d8cd98f00b204e9800998ecf8427e www.evil.example &amp; \u202Eexe.pdf";

    public static Incident New(string description = "Email from billing@evil-pay.example asks me to confirm my password at https://evil-pay.example/login", bool clicked = false)
    {
        var draft = new IncidentReportDraft(IncidentCategory.Phishing, description, new DateOnly(2026, 3, 2), "My mailbox", null, clicked);
        return Incident.Open(42, draft, Reporter, false, IndicatorExtractor.Extract(description), T0, T0.AddHours(4));
    }

    public static Incident Acknowledged()
    {
        var incident = New();
        incident.Acknowledge(Responder, T0.AddMinutes(12));
        return incident;
    }

    public static Incident Investigating()
    {
        var incident = New();
        incident.AssignTo(Responder, T0.AddMinutes(12));
        incident.AddNote(Responder, "Blocked the sender at the gateway", T0.AddMinutes(20));
        return incident;
    }

    public static Incident Resolved()
    {
        var incident = Investigating();
        incident.Resolve(Responder, "Sender blocked; no one entered credentials", T0.AddHours(1));
        return incident;
    }

    public static Incident Dismissed()
    {
        var incident = New();
        incident.Dismiss(Responder, "Internal phishing simulation", T0.AddMinutes(30));
        return incident;
    }

    public static Incident Campaign()
    {
        var incident = New(clicked: true);
        for (var i = 0; i < 12; i++)
        {
            incident.AddRelatedReport(new IncidentReportDraft(IncidentCategory.Phishing, "Same mail from billing@evil-pay.example", null, null, null, false),
                new IncidentActor($"r{i}", $"Reporter {i}"), false, [], T0.AddMinutes(i + 1));
        }

        incident.Escalate(IncidentActor.System, 1, "Tomas Herrera (security lead)", T0.AddHours(2), T0.AddHours(1));
        return incident;
    }

    public static Incident Hostile()
    {
        var longText = HostileText + " " + new string('x', 3800);
        var draft = new IncidentReportDraft(IncidentCategory.Other, longText, null, "<at>Admin</at> **system**", HostileText, true);
        var hostileReporter = new IncidentActor("reporter-2", "**Eve** <at>CEO</at> [x](https://evil.example)");
        var many = Enumerable.Range(0, 30).Select(i => new Indicator(IndicatorKind.Domain, $"host{i}.evil.example"));
        return Incident.Open(999999, draft, hostileReporter, true, IndicatorExtractor.Extract(HostileText).Concat(many), T0, T0.AddMinutes(15));
    }

    /// <summary>Reported with "Report to security" on an external user's chat message (hostile text and name).</summary>
    public static Incident FromMessage(string text = HostileText, string author = "**IT Helpdesk** <at>CEO</at>")
    {
        var message = new QuotedMessage("5b1d1c39-7f4e-4d6a-9a47-2f1f7c1e0b55", author, MessageAuthorKind.External, ConversationKind.GroupChat,
            new Uri("https://teams.microsoft.com/l/message/19:chat@thread.v2/1732358900000"), text, T0.AddMinutes(-5));
        var draft = new IncidentReportDraft(IncidentCategory.SocialEngineering, "They asked for my MFA code", null, null, null, false);
        return Incident.Open(43, draft, Reporter, false, IndicatorExtractor.Extract(text), T0, T0.AddHours(8), "message-key", ReportOrigin.FromMessage(message));
    }

    /// <summary>Raised by a SIEM alert rated High.</summary>
    public static Incident FromAlert()
    {
        var alert = new SecurityBot.Platform.Contracts.IncidentAlert("sentinel", "a1b2c3-incident-77", "Impossible travel for j.doe@contoso.example",
            "Sign-ins from 203.0.113.7 and 198.51.100.9 within 10 minutes", SecurityBot.Platform.Routing.IncidentSeverity.High, "account-compromise",
            ["203.0.113.7", "198.51.100.9"], T0.AddMinutes(-3), new Uri("https://portal.azure.com/#blade/incident/77"));
        AlertDraft.TryCreate(alert, DateOnly.FromDateTime(T0.UtcDateTime), out var draft, out _).Should().BeTrue();
        return Incident.Open(44, draft!.Report, draft.Reporter, false, IndicatorExtractor.Extract(draft.Report.AllText), T0, T0.AddHours(1), draft.SubmissionKey, draft.Origin);
    }
}
