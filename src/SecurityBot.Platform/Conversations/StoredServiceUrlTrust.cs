using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Connector;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.Platform.Conversations;

/// <summary>
/// Offers the serviceUrls of stored conversation references to <see cref="IServiceUrlTrust"/> after a restart (or
/// from another instance). The trust learns them in Development only (a local emulator's http://127.0.0.1 URL keeps
/// working after a restart); outside Development a stored URL is never believed — a planted reference row must not
/// make the bot send its token elsewhere — so only the Bot Framework's hosts and Bot:TrustedServiceUrls are used.
/// </summary>
internal sealed partial class StoredServiceUrlTrust(IServiceScopeFactory scopes, ILogger<StoredServiceUrlTrust> logger, IServiceUrlTrust? trust = null)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (trust is null)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SecurityBotDbContext>();
        var urls = await db.Set<ConversationReferenceRecord>().Select(r => r.ServiceUrl).Distinct().ToListAsync(cancellationToken);
        foreach (var url in urls)
        {
            trust.Trust(url);
        }

        LogTrusted(logger, urls.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Trusts a serviceUrl recorded by another instance since start (multi-instance deployments).</summary>
    public static async Task EnsureTrustedAsync(SecurityBotDbContext db, IServiceUrlTrust? trust, string serviceUrl, CancellationToken cancellationToken)
    {
        if (trust is null || trust.IsTrusted(serviceUrl))
        {
            return;
        }

        if (await db.Set<ConversationReferenceRecord>().AnyAsync(r => r.ServiceUrl == serviceUrl, cancellationToken))
        {
            trust.Trust(serviceUrl);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Offered {Count} serviceUrls of stored conversation references to the trust (learned in Development only)")]
    private static partial void LogTrusted(ILogger logger, int count);
}
