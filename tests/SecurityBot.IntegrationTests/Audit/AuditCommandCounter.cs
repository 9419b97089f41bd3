using System.Data.Common;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SecurityBot.Platform.Persistence;

namespace SecurityBot.IntegrationTests.Audit;

/// <summary>
/// Records the SQL EF Core runs against one test database (its diagnostic events, which every context emits), so a
/// test can see how the audit log was read: how many queries, and whether each was bounded.
/// </summary>
internal sealed class AuditCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly TestDatabase _database;
    private readonly List<IDisposable> _subscriptions = [];
    private readonly List<string> _commands = [];

    private AuditCommandCounter(TestDatabase database) => _database = database;

    public static AuditCommandCounter Start(TestDatabase database)
    {
        var counter = new AuditCommandCounter(database);
        lock (counter._subscriptions)
        {
            counter._subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(counter));
        }

        return counter;
    }

    /// <summary>The texts of the commands run against this database that read the AuditEntries table.</summary>
    public IReadOnlyList<string> AuditReads
    {
        get
        {
            lock (_commands)
            {
                return _commands.Where(c => c.Contains("FROM \"AuditEntries\"", StringComparison.Ordinal)).ToList();
            }
        }
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == RelationalEventId.CommandExecuted.Name && value.Value is CommandExecutedEventData data && IsOurs(data.Command))
        {
            lock (_commands)
            {
                _commands.Add(data.Command.CommandText);
            }
        }
    }

    private bool IsOurs(DbCommand command) =>
        _database.Provider == DatabaseProvider.Sqlite
            ? string.Equals(command.Connection?.DataSource, _database.SqliteFile, StringComparison.Ordinal)
            : _database.ConnectionString.Contains($"Database={command.Connection?.Database};", StringComparison.OrdinalIgnoreCase)
              || _database.ConnectionString.EndsWith($"Database={command.Connection?.Database}", StringComparison.OrdinalIgnoreCase);

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions)
            {
                subscription.Dispose();
            }
        }
    }
}
