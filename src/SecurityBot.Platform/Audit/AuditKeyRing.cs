namespace SecurityBot.Platform.Audit;

/// <summary>
/// The key new entries and checkpoints are signed with, and the retired keys older entries name by id. Rotation:
/// configure a new current key and move the old one to the retired list; verification still checks old entries.
/// </summary>
public sealed class AuditKeyRing
{
    private readonly Dictionary<string, AuditSigningKey> _byId = new(StringComparer.Ordinal);

    public AuditKeyRing(AuditSigningKey current, IEnumerable<AuditSigningKey>? retired = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        Current = current;
        _byId[current.Id] = current;
        foreach (var key in retired ?? [])
        {
            if (!_byId.TryAdd(key.Id, key))
            {
                throw new ArgumentException($"Audit key id '{key.Id}' is used twice.", nameof(retired));
            }
        }
    }

    public AuditSigningKey Current { get; }

    public bool TryFind(string keyId, out AuditSigningKey key) => _byId.TryGetValue(keyId, out key!);
}
