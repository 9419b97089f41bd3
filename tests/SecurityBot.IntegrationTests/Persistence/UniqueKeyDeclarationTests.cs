using SecurityBot.Attestation.Domain;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using SecurityBot.Crisis.Domain;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Domain;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>
/// CommitRetry retries only the unique keys a unit of work names; a misspelt name or column would turn a real race
/// into a fault nobody sees until production. Every declared key must be a unique index or primary key of the model,
/// with the same table, name and columns (the schema tests tie the model to the migrations).
/// </summary>
public sealed class UniqueKeyDeclarationTests
{
    [Fact]
    public void DeclaredRaceKeys_EveryOne_IsAUniqueKeyOfTheModel()
    {
        var declared = new[] { typeof(PersistenceModelPart).Assembly, typeof(Incident).Assembly, typeof(RiskAcceptance).Assembly, typeof(CrisisRoom).Assembly, typeof(AttestationCampaign).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(p => p.PropertyType == typeof(UniqueKey))
            .Select(p => (UniqueKey)p.GetValue(null)!)
            .ToList();
        declared.Should().HaveCountGreaterThanOrEqualTo(9, "the platform, incidents and risk acceptances declare their races");

        using var db = NewContext();
        var modelKeys = db.Model.GetEntityTypes()
            .SelectMany(e => e.GetIndexes().Where(i => i.IsUnique).Select(i => Describe(i.GetDatabaseName(), e, i.Properties))
                .Concat(e.GetKeys().Where(k => k.IsPrimaryKey()).Select(k => Describe(k.GetName(), e, k.Properties))))
            .ToList();

        foreach (var key in declared)
        {
            modelKeys.Should().Contain($"{key.Name}|{key.Table}|{string.Join(",", key.Columns)}", $"{key} must name a real unique key");
        }
    }

    private static string Describe(string? name, IEntityType entity, IReadOnlyList<IProperty> properties) =>
        $"{name}|{entity.GetTableName()}|{string.Join(",", properties.Select(p => p.GetColumnName()))}";

    private static SecurityBotDbContext NewContext()
    {
        var options = new DbContextOptionsBuilder<SecurityBotDbContext>();
        options.UseSqlite("Data Source=:memory:");
        return new SecurityBotDbContext(options.Options, TestModel.AllParts);
    }
}
