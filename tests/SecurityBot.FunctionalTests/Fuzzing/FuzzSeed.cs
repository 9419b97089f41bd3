using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Notifications;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Timers;
using SecurityBot.RiskAcceptances.Application;
using SecurityBot.Testing.Logging;

namespace SecurityBot.FunctionalTests.Fuzzing;

/// <summary>
/// The fuzz test's bot (authentication on, every log from Warning up captured) and the entities it seeds, all owned
/// by Adele Vance (Finance; manager Henrik Sorensen), that no fuzz attacker may change.
/// </summary>
public static class FuzzSeed
{
    public const string AppId = "5c1e0f7a-2b3d-4c5e-8f90-a1b2c3d4e5f6";

    /// <summary>What the seeding creates, all Adele's: none of the attackers' business.</summary>
    public static readonly string[] SeededReferences = ["INC-000001", "INC-000002", "RA-000001", "RA-000002"];

    /// <summary>
    /// Only the capture, from Warning up (the test fails on Error): EF Core's Debug lines kept in memory for tens of
    /// thousands of requests would be most of the run time.
    /// </summary>
    public static Task<BotHarness> StartAsync(DatabaseProvider database, CapturingLoggerProvider logs) =>
        BotHarness.StartAsync(database, logs: logs, logsFrom: LogLevel.Warning, authenticatedAs: AppId);

    /// <summary>
    /// Adele reports two incidents (Jin acknowledges one) and requests two risk acceptances (Henrik approves the Low
    /// one, which then has expiry and reminder timers); everyone involved has a 1:1 conversation first.
    /// </summary>
    public static async Task SeedAsync(this BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        foreach (var person in new[] { Person.Adele, Person.Henrik, Person.Jin })
        {
            await ExpectOkAsync(await bot.SayAsync(person, "help"));
        }

        // Each report and request from a form of its own: one form submitted twice is one report (issue 14 item 11).
        await PressOkAsync(bot, Person.Adele, "incident.submit", new { category = "lost-device", description = "I left my work laptop on the train this morning", clicked = "false" }, "seed-form-1");
        await PressOkAsync(bot, Person.Adele, "incident.submit", new { category = "social-engineering", description = "Someone followed me through the office door without a badge", clicked = "false" }, "seed-form-2");
        await PressOkAsync(bot, Person.Jin, "incident.acknowledge", new { incident = "INC-000001", version = 1 }, null);
        await PressOkAsync(bot, Person.Adele, "risk.request.submit", RiskForm("4", "4"), "seed-form-3");
        await PressOkAsync(bot, Person.Adele, "risk.request.submit", RiskForm("1", "1"), "seed-form-4");
        var low = await bot.WithDbAsync(db => db.Set<SecurityBot.RiskAcceptances.Domain.RiskAcceptance>().AsNoTracking().SingleAsync(r => r.Number == 2));
        await PressOkAsync(bot, Person.Henrik, "risk.approve", new { id = "RA-000002", version = low.Version, stage = 0 }, null);
        await bot.WaitForOutboxDrainedAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Everything the seeded entities are made of, as text: equal before and after means nothing changed.</summary>
    public static async Task<string> SnapshotAsync(this BotHarness bot)
    {
        ArgumentNullException.ThrowIfNull(bot);
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var register = scope.ServiceProvider.GetRequiredService<RiskAcceptanceRegister>();
        var text = new StringBuilder();
        foreach (var incident in await db.Set<Incident>().AsNoTracking().Include(i => i.Timeline).Where(i => i.Number <= 2).OrderBy(i => i.Number).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{incident.DisplayNumber} {incident.Status} v{incident.Version} sev {incident.Severity} reports {incident.ReportCount} step {incident.EscalationStep} ack {incident.AcknowledgedById} assignee {incident.AssigneeId} timeline {incident.Timeline.Count} indicators {incident.Indicators.Count} updated {incident.UpdatedAt:O}");
        }

        foreach (var reference in SeededReferences.Where(r => r.StartsWith("RA-", StringComparison.Ordinal)))
        {
            var risk = await register.FindAsync(reference, CancellationToken.None);
            text.AppendLine(CultureInfo.InvariantCulture, $"{reference} {risk?.Status} v{risk?.Version} stage {risk?.CurrentStageIndex} round {risk?.Round} renewals {risk?.RenewalCount} decisions {risk?.Decisions.Count} expires {risk?.ExpiresAt:O} updated {risk?.UpdatedAt:O}");
        }

        foreach (var timer in await db.Set<ScheduledTimer>().AsNoTracking().Where(t => SeededReferences.Contains(t.EntityId)).OrderBy(t => t.Id).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"timer {timer.EntityId} {timer.Kind} {timer.Status} due {timer.DueAt:O}");
        }

        foreach (var row in await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.EntityId != null && SeededReferences.Contains(m.EntityId)).OrderBy(m => m.Id).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"outbox {row.EntityId} {row.Kind} v{row.EntityVersion} to {row.RecipientAadObjectId ?? row.ConversationId}");
        }

        foreach (var copy in await db.Set<CardCopy>().AsNoTracking().Where(c => SeededReferences.Contains(c.EntityId)).OrderBy(c => c.Id).ToListAsync())
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"card copy {copy.EntityId} in {copy.ConversationId} v{copy.LastVersionRendered}");
        }

        return text.ToString();
    }

    /// <summary>A press from a form of its own (<paramref name="cardId"/>, and an invoke id of its own) answered 200 inside and out.</summary>
    private static async Task PressOkAsync(BotHarness bot, Person who, string verb, object data, string? cardId)
    {
        var body = await bot.PressRawAsync(who, verb, data, cardId, cardId is null ? null : "f:invoke-" + cardId);
        if (body.Length > 0)
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.TryGetProperty("statusCode", out var code))
            {
                code.GetInt32().Should().Be(200, body);
            }
        }
    }

    private static async Task ExpectOkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        }
    }

    private static object RiskForm(string likelihood, string impact) => new
    {
        title = "Finance export share without MFA",
        policyId = "passwords-mfa",
        section = "2",
        asset = "finance-share",
        description = "The bank's export tool cannot do MFA; a stolen password exposes payment files.",
        likelihood,
        impact,
        controls = "IP allow-list; password rotated monthly.",
        justification = "Month-end close depends on it until the bank upgrades.",
        durationDays = "90",
        riskOwner = "",
    };
}
