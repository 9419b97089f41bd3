using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SecurityBot.BotFramework.Connector;
using SecurityBot.Infrastructure.Persistence;

namespace SecurityBot.Infrastructure.Conversations;

/// <summary>
/// The connector only talks to trusted serviceUrls, and the lead's trust learns them from authenticated activities
/// in memory. Stored references came from authenticated activities too, so after a restart (or on another
/// instance) their serviceUrls are trusted again here, and proactive sends keep working.
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

    [LoggerMessage(Level = LogLevel.Information, Message = "Trusted {Count} serviceUrls of stored conversation references")]
    private static partial void LogTrusted(ILogger logger, int count);
}
