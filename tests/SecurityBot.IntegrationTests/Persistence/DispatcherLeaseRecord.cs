using Microsoft.Extensions.DependencyInjection;
using SecurityBot.Platform.Notifications;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>Whether <see cref="DispatcherLeasesMeanwhile"/> leases in the next state change, and how many rows it leased; a singleton shared by the host's scopes.</summary>
internal sealed class DispatcherLeaseRecord
{
    public const string Owner = "dispatcher-meanwhile";

    /// <summary>Set by the test right before the state change the dispatcher should interrupt; cleared when it has.</summary>
    public bool Armed { get; set; }

    public int Rows { get; set; }

    /// <summary>Puts the interrupting ledger into the host these services build (disarmed).</summary>
    public static DispatcherLeaseRecord Register(IServiceCollection services)
    {
        var record = new DispatcherLeaseRecord();
        services.AddSingleton(record);
        services.AddScoped<ICardCopyUpdater, DispatcherLeasesMeanwhile>();
        return record;
    }
}
