using System.Reflection;
using SecurityBot.Platform.Audit;

namespace SecurityBot.UnitTests.Audit;

public sealed class AuditChainVerifierTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    internal static readonly AuditSigningKey Key = new("test-1", Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    internal static readonly AuditKeyRing Keys = new(Key);

    [Fact]
    public void Verify_EmptyLog_Intact() => AuditChainVerifier.Verify([], Keys, null).IsIntact.Should().BeTrue();

    [Fact]
    public void Verify_WellFormedChainWithCheckpoint_Intact()
    {
        var chain = Chain(5);

        var result = AuditChainVerifier.Verify(chain, Keys, CheckpointOf(chain));

        result.IsIntact.Should().BeTrue();
        result.EntriesChecked.Should().Be(5);
        result.CheckpointSequence.Should().Be(5);
    }

    [Fact]
    public void Verify_EditedDetails_ReportsThatEntry()
    {
        var chain = Chain(5);
        var checkpoint = CheckpointOf(chain);
        Set(chain[2], nameof(AuditEntry.Details), "approved (forged)");

        var result = AuditChainVerifier.Verify(chain, Keys, checkpoint);

        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("modified");
    }

    [Fact]
    public void Verify_EditedAndWholeChainRehashedWithThePublicAlgorithm_Detected()
    {
        // The attacker can write to the database and knows the algorithm, but not the key: they recompute every hash
        // from the edited entry on with the unkeyed SHA-256 (all the old chain needed) and keep the key ids as they are.
        var chain = Chain(5);
        var checkpoint = CheckpointOf(chain);
        Set(chain[2], nameof(AuditEntry.ActorName), "Mallory");
        RehashFrom(chain, 2, (entry, previous) => AuditHasher.ComputeLegacy(entry, previous));

        var result = AuditChainVerifier.Verify(chain, Keys, checkpoint);

        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(3);
    }

    [Fact]
    public void Verify_EditedRehashedAndMarkedLegacy_Detected()
    {
        // Claiming the unkeyed legacy format does not help: legacy entries are accepted only before the first keyed one.
        var chain = Chain(5);
        var checkpoint = CheckpointOf(chain);
        Set(chain[2], nameof(AuditEntry.ActorName), "Mallory");
        for (var i = 2; i < chain.Count; i++)
        {
            Set(chain[i], nameof(AuditEntry.KeyId), AuditHasher.LegacyKeyId);
        }

        RehashFrom(chain, 2, (entry, previous) => AuditHasher.ComputeLegacy(entry, previous));

        var result = AuditChainVerifier.Verify(chain, Keys, checkpoint);

        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("unkeyed");
    }

    [Fact]
    public void Verify_LastEntriesDeleted_DetectedAgainstTheCheckpoint()
    {
        var chain = Chain(5);
        var checkpoint = CheckpointOf(chain);

        var result = AuditChainVerifier.Verify(chain.Take(3), Keys, checkpoint);

        result.IsIntact.Should().BeFalse();
        result.FirstBrokenSequence.Should().Be(4);
        result.Reason.Should().Contain("entries 4 to 5 were deleted");
    }

    [Fact]
    public void Verify_NoCheckpointForANonEmptyLog_NotIntact()
    {
        var result = AuditChainVerifier.Verify(Chain(3), Keys, null);

        result.IsIntact.Should().BeFalse();
        result.Reason.Should().Contain("no signed checkpoint");
    }

    [Fact]
    public void Verify_CheckpointSignedWithAnotherKey_NotIntact()
    {
        var chain = Chain(3);
        var forged = new AuditCheckpoint(3, chain[2].Hash, Now, new AuditSigningKey("test-1", new byte[32]));

        AuditChainVerifier.Verify(chain, Keys, forged).Reason.Should().Contain("signature");
    }

    [Fact]
    public void Verify_EntriesSignedWithARetiredKey_IntactWhileTheKeyIsConfigured()
    {
        var chain = Chain(3);
        var rotated = new AuditKeyRing(new AuditSigningKey("test-2", Enumerable.Repeat((byte)7, 32).ToArray()), [Key]);
        var next = new AuditEntry(4, new AuditRecord("Incident", "INC-000001", "acknowledged", "id", "Jin", null), Now.AddHours(1), chain[2].Hash, rotated.Current);
        chain.Add(next);
        var checkpoint = new AuditCheckpoint(4, next.Hash, Now.AddHours(2), rotated.Current);

        AuditChainVerifier.Verify(chain, rotated, checkpoint).IsIntact.Should().BeTrue();
        AuditChainVerifier.Verify(chain, new AuditKeyRing(rotated.Current), checkpoint).Reason.Should().Contain("not configured");
    }

    [Fact]
    public void Verify_LegacyPrefixClosedByACheckpoint_Intact()
    {
        var chain = LegacyChain(3);
        var checkpoint = new AuditCheckpoint(3, chain[2].Hash, Now.AddHours(1), Key);
        chain.Add(new AuditEntry(4, new AuditRecord("RiskAcceptance", "RA-000001", "approved", "id", "Priya", null), Now.AddHours(2), chain[2].Hash, Key));

        AuditChainVerifier.Verify(chain, Keys, checkpoint).IsIntact.Should().BeTrue();
    }

    [Fact]
    public void Verify_LegacyEntryAfterTheCheckpointThatClosedThem_Detected()
    {
        var chain = LegacyChain(4);
        var checkpoint = new AuditCheckpoint(3, chain[2].Hash, Now.AddHours(1), Key);

        var result = AuditChainVerifier.Verify(chain, Keys, checkpoint);

        result.FirstBrokenSequence.Should().Be(4);
        result.Reason.Should().Contain("unkeyed");
    }

    [Fact]
    public void Verify_LegacyPrefixRewrittenAndRehashed_DetectedAgainstTheCheckpoint()
    {
        var chain = LegacyChain(3);
        var checkpoint = new AuditCheckpoint(3, chain[2].Hash, Now.AddHours(1), Key);
        Set(chain[0], nameof(AuditEntry.Details), "rewritten");
        RehashFrom(chain, 0, (entry, previous) => AuditHasher.ComputeLegacy(entry, previous));

        AuditChainVerifier.Verify(chain, Keys, checkpoint).FirstBrokenSequence.Should().Be(3);
    }

    [Fact]
    public void Verify_DeletedEntry_ReportsTheGap()
    {
        var chain = Chain(5);
        var checkpoint = CheckpointOf(chain);
        chain.RemoveAt(1);

        var result = AuditChainVerifier.Verify(chain, Keys, checkpoint);

        result.FirstBrokenSequence.Should().Be(3);
        result.Reason.Should().Contain("Entry 2 is missing");
    }

    [Fact]
    public void Verify_EditedTime_Detected()
    {
        var chain = Chain(3);
        var checkpoint = CheckpointOf(chain);
        Set(chain[0], nameof(AuditEntry.At), Now.AddDays(-1));

        AuditChainVerifier.Verify(chain, Keys, checkpoint).FirstBrokenSequence.Should().Be(1);
    }

    [Fact]
    public void Compute_NullVersusEmptyField_DifferentHashes()
    {
        var a = new AuditEntry(1, new AuditRecord("T", "1", "a", null, null, null), Now, AuditHasher.Genesis, Key);
        var b = new AuditEntry(1, new AuditRecord("T", "1", "a", "", null, null), Now, AuditHasher.Genesis, Key);

        a.Hash.Should().NotBe(b.Hash);
    }

    [Fact]
    public void Compute_SameEntryUnderAnotherKey_DifferentHash()
    {
        var other = new AuditSigningKey("test-1", Enumerable.Repeat((byte)9, 32).ToArray());
        var a = new AuditEntry(1, new AuditRecord("T", "1", "a", null, null, null), Now, AuditHasher.Genesis, Key);
        var b = new AuditEntry(1, new AuditRecord("T", "1", "a", null, null, null), Now, AuditHasher.Genesis, other);

        a.Hash.Should().NotBe(b.Hash);
        a.Hash.Should().NotBe(AuditHasher.ComputeLegacy(a, AuditHasher.Genesis));
    }

    [Fact]
    public void Constructor_ShortKey_Refused()
    {
        var create = () => new AuditSigningKey("short", new byte[16]);

        create.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Constructor_SubMillisecondTime_TruncatedSoItRoundTripsOnEveryEngine()
    {
        var entry = new AuditEntry(1, new AuditRecord("T", "1", "a", null, null, null), Now.AddTicks(12345), AuditHasher.Genesis, Key);

        entry.At.Should().Be(Now.AddMilliseconds(1));
    }

    internal static List<AuditEntry> Chain(int count)
    {
        var list = new List<AuditEntry>();
        var previous = AuditHasher.Genesis;
        for (var i = 1; i <= count; i++)
        {
            var entry = new AuditEntry(i, new AuditRecord("RiskAcceptance", "RA-000001", "approved", "id-" + i, "Person " + i, "stage " + i), Now.AddMinutes(i), previous, Key);
            list.Add(entry);
            previous = entry.Hash;
        }

        return list;
    }

    /// <summary>A chain as the unkeyed code wrote it before the upgrade (the migration marks such rows legacy).</summary>
    private static List<AuditEntry> LegacyChain(int count)
    {
        var chain = Chain(count);
        foreach (var entry in chain)
        {
            Set(entry, nameof(AuditEntry.KeyId), AuditHasher.LegacyKeyId);
        }

        RehashFrom(chain, 0, (entry, previous) => AuditHasher.ComputeLegacy(entry, previous));
        return chain;
    }

    private static AuditCheckpoint CheckpointOf(List<AuditEntry> chain) => new(chain[^1].Sequence, chain[^1].Hash, Now.AddHours(1), Key);

    private static void RehashFrom(List<AuditEntry> chain, int index, Func<AuditEntry, string, string> hash)
    {
        var previous = index == 0 ? AuditHasher.Genesis : chain[index - 1].Hash;
        for (var i = index; i < chain.Count; i++)
        {
            Set(chain[i], nameof(AuditEntry.PreviousHash), previous);
            Set(chain[i], nameof(AuditEntry.Hash), hash(chain[i], previous));
            previous = chain[i].Hash;
        }
    }

    private static void Set(AuditEntry entry, string property, object? value) =>
        typeof(AuditEntry).GetProperty(property, BindingFlags.Public | BindingFlags.Instance)!.SetValue(entry, value);
}
