using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>
/// Implement this in any test file (one class per feature, public, parameterless constructor) to put that feature's
/// cards into <see cref="CardCatalog"/>: every sample is then checked for version and by the official renderer.
/// Include the edge cases: longest texts, empty lists, every state of the entity.
/// </summary>
public interface ICardSamples
{
    IEnumerable<(string Name, AdaptiveCard Card)> Samples();
}
