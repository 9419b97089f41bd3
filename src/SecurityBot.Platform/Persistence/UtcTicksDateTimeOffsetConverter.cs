using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// SQLite: EF Core cannot compare or order DateTimeOffset stored as text, yet the outbox and timers query
/// "due &lt;= now". UTC ticks in an INTEGER column compare and sort as instants.
/// </summary>
public sealed class UtcTicksDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, long>(
    v => v.UtcTicks,
    v => new DateTimeOffset(v, TimeSpan.Zero));
