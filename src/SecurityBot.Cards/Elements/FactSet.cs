namespace SecurityBot.Cards;

/// <summary>Label/value pairs, e.g. "Severity: High".</summary>
public sealed class FactSet : CardElement
{
    public FactSet()
    {
    }

    public FactSet(params IEnumerable<Fact> facts) => Facts.AddRange(facts);

    public List<Fact> Facts { get; } = [];
}
