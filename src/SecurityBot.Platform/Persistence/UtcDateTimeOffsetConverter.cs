using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SecurityBot.Platform.Persistence;

/// <summary>
/// PostgreSQL: timestamptz holds an instant and Npgsql refuses a DateTimeOffset whose offset is not zero, so every
/// value is normalised to UTC on the way in and read back as UTC.
/// </summary>
public sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    v => v.ToUniversalTime(),
    v => v.ToUniversalTime());
