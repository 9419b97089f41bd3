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
}
