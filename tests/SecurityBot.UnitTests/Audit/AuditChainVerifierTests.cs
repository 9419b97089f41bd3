using System.Reflection;
using SecurityBot.Core.Audit;

namespace SecurityBot.UnitTests.Audit;

public sealed class AuditChainVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Verify_EmptyLog_Intact() => AuditChainVerifier.Verify([]).IsIntact.Should().BeTrue();

    [Fact]
    public void Verify_WellFormedChain_Intact()
    {
        var result = AuditChainVerifier.Verify(Chain(5));

        result.IsIntact.Should().BeTrue();
        result.EntriesChecked.Should().Be(5);
    }

    [Fact]
    public void Verify_EditedDetails_ReportsThatEntry()
    {
        var chain = Chain(5);
        Set(chain[2], nameof(AuditEntry.Details), "approved (forged)");

        var result = AuditChainVerifier.Verify(chain);

        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("modified");
    }

    [Fact]
    public void Verify_EditedAndRehashed_NextEntryLinkBreaks()
    {
        var chain = Chain(5);
        Set(chain[2], nameof(AuditEntry.ActorName), "Mallory");
        Set(chain[2], nameof(AuditEntry.Hash), AuditHasher.Compute(chain[2], chain[2].PreviousHash));

        var result = AuditChainVerifier.Verify(chain);

        result.FirstBrokenSequence.Should().Be(4);
    }

    [Fact]
    public void Verify_DeletedEntry_ReportsTheGap()
    {
        var chain = Chain(5);
        chain.RemoveAt(1);

        var result = AuditChainVerifier.Verify(chain);

        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("Entry 2 is missing");
    }

    [Fact]
    public void Verify_EditedTime_Detected()
    {
        var chain = Chain(3);
        Set(chain[0], nameof(AuditEntry.At), Now.AddDays(-1));

        AuditChainVerifier.Verify(chain).FirstBrokenSequence.Should().Be(1);
    }

    [Fact]
    public void Compute_NullVersusEmptyField_DifferentHashes()
    {
        var a = new AuditEntry(1, new AuditRecord("T", "1", "a", null, null, null), Now, AuditHasher.Genesis);
        var b = new AuditEntry(1, new AuditRecord("T", "1", "a", "", null, null), Now, AuditHasher.Genesis);

        a.Hash.Should().NotBe(b.Hash);
    }

    [Fact]
    public void Constructor_SubMillisecondTime_TruncatedSoItRoundTripsOnEveryEngine()
    {
        var entry = new AuditEntry(1, new AuditRecord("T", "1", "a", null, null, null), Now.AddTicks(12345), AuditHasher.Genesis);

        entry.At.Should().Be(Now.AddMilliseconds(1));
    }

    internal static List<AuditEntry> Chain(int count)
    {
        var list = new List<AuditEntry>();
        var previous = AuditHasher.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry(i, new AuditRecord("RiskAcceptance", "RA-000001", "approved", "id-" + i, "Person " + i, "stage " + i), Now.AddMinutes(i), previous);
            list.Add(entry);
            previous = entry.Hash;
        }

        return list;
    }

    private static void Set(AuditEntry entry, string property, object? value) =>
        typeof(AuditEntry).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entry, value);
}
