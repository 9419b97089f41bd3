namespace SecurityBot.Platform.Persistence;

/// <summary>
/// A unique index or primary key, named the way each engine names it in a violation: PostgreSQL reports the
/// constraint (index) name, SQLite only the columns ("UNIQUE constraint failed: Table.A, Table.B"). A unit of work
/// declares the keys whose violation means "someone was faster"; any other violation is a fault.
/// </summary>
/// <param name="Name">The index or primary key name the migrations give it.</param>
/// <param name="Table">The table it belongs to.</param>
/// <param name="Columns">Its columns, in index order.</param>
public sealed record UniqueKey(string Name, string Table, IReadOnlyList<string> Columns)
{
    /// <summary>The column list as SQLite words it in the violation message.</summary>
    internal string SqliteColumns => string.Join(", ", Columns.Select(c => $"{Table}.{c}"));

    public override string ToString() => Name;
}
