using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Incidents.Domain;
using SecurityBot.Integrations;
using SecurityBot.Integrations.Application;
using SecurityBot.Integrations.Domain;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Persistence;
using SecurityBot.Platform.Results;
using SecurityBot.Testing.Time;
using SecurityBot.Testing.Webhooks;

namespace SecurityBot.IntegrationTests.Integrations;

/// <summary>
/// The real incidents capability (<see cref="IncidentTestHost"/>: manual clock, demo organisation) with the real
/// AddIntegrations, one webhook endpoint "siem" pointing at a <see cref="WebhookReceiver"/>. Hosted services are not
/// started: tests drive the dispatcher and move the clock themselves, so backoffs pass without waiting.
/// </summary>
internal sealed class WebhookTestHost : IAsyncDisposable
{
    public const string Secret = "whsec-test-0123456789abcdefghijklmnopqrstuvwxyz";
    public const string Endpoint = "siem";

    /// <summary>The backoff ceiling the tests configure: advancing by it makes every retry due.</summary>
    public static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(60);

    private WebhookTestHost(IncidentTestHost incidents) => Incidents = incidents;

    public IncidentTestHost Incidents { get; }

    public ManualTimeProvider Clock => Incidents.Clock;

    public static async Task<WebhookTestHost> CreateAsync(TestDatabase database, WebhookReceiver receiver, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(receiver);
        var config = new Dictionary<string, string?>
        {
            [$"Integrations:Webhooks:Endpoints:{Endpoint}:Url"] = receiver.Url,
            [$"Integrations:Webhooks:Endpoints:{Endpoint}:Secret"] = Secret,
            ["Integrations:Webhooks:MaxAttempts"] = "3",
            ["Integrations:Webhooks:BaseRetryDelaySeconds"] = "10",
            ["Integrations:Webhooks:MaxRetryDelaySeconds"] = MaxRetryDelay.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }

        var incidents = await IncidentTestHost.CreateAsync(database, config, s => s.AddIntegrations());
        receiver.Clock = incidents.Clock;
        return new WebhookTestHost(incidents);
    }

    /// <summary>Alex reports a phishing mail; returns the incident's number (display form and long).</summary>
    public async Task<(string Display, long Number)> ReportAsync(string text = "Mail from billing@evil-pay.example asks for my password")
    {
        var incident = (await Incidents.ReportAsync(DemoPeople.Alex, "phishing", text)).Incident!;
        return (incident.DisplayNumber, incident.Number);
    }

    public async Task AcknowledgeAsync(long number, long version) =>
        (await Incidents.TriageAsync(DemoPeople.Jin, number, version, TriageAction.Acknowledge)).Status.Should().Be(UseCaseStatus.Succeeded);

    /// <summary>
    /// Sends everything due now, as the running dispatcher would over its next polls: a delivery held back behind an
    /// earlier one of its incident comes back one poll later, so the clock moves on by a poll while anything is due
    /// within one (never by a backoff: retries wait until the test moves the clock).
    /// </summary>
    public Task DeliverDueAsync() => DeliverDueAsync(Incidents.Services, Clock);

    /// <inheritdoc cref="DeliverDueAsync()"/>
    public static async Task DeliverDueAsync(IServiceProvider services, ManualTimeProvider clock)
    {
        var dispatcher = services.GetRequiredService<WebhookDispatcher>();
        // Bounded in real time, not rounds: with two hosts on one table, a delivery the other host has leased stays
        // due until that host (slow on a loaded machine) finishes sending it; this one waits a little each round.
        // The clock moves at most 50 polls, as before: further, it would run out the sibling's lease and resend.
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        var polls = 0;
        while (DateTime.UtcNow < deadline)
        {
            if (await dispatcher.DispatchDueAsync(CancellationToken.None) > 0)
            {
                continue;
            }

            var soon = clock.GetUtcNow() + TimeSpan.FromSeconds(2);
            await using var scope = services.CreateAsyncScope();
            var deliveries = await scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>().Set<WebhookDelivery>().AsNoTracking().ToListAsync();
            if (!deliveries.Any(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= soon))
            {
                return;
            }

            if (polls++ < 50)
            {
                clock.Advance(TimeSpan.FromSeconds(1));
            }

            await Task.Delay(20);
        }

        throw new InvalidOperationException("Deliveries were still due after 30 s.");
    }

    public Task<List<WebhookDelivery>> DeliveriesAsync() =>
        Incidents.InScopeAsync(sp => sp.GetRequiredService<SecurityBotDbContext>().Set<WebhookDelivery>().AsNoTracking()
            .OrderBy(d => d.SubjectId).ThenBy(d => d.Sequence).ToListAsync());

    public ValueTask DisposeAsync() => Incidents.DisposeAsync();
}
