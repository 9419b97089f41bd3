using SecurityBot.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>
/// Every sample card of every feature, found by reflection over the <see cref="ICardSamples"/> classes of this test
/// assembly — so a feature adds its cards by adding a class, without editing a shared list.
/// </summary>
public static class CardCatalog
{
    private static readonly Lazy<IReadOnlyList<(string Name, AdaptiveCard Card)>> Discovered = new(Discover);

    /// <summary>All sample cards by unique name ("Feature/what").</summary>
    public static IReadOnlyList<(string Name, AdaptiveCard Card)> Cards => Discovered.Value;

    /// <summary>Name and card JSON of every sample, for [MemberData].</summary>
    public static TheoryData<string, string> AllCards
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (name, card) in Cards)
            {
                data.Add(name, card.ToJson());
            }

            return data;
        }
    }

    private static IReadOnlyList<(string Name, AdaptiveCard Card)> Discover()
    {
        var cards = typeof(CardCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICardSamples).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .SelectMany(t => ((ICardSamples)Activator.CreateInstance(t)!).Samples())
            .ToList();
        var duplicate = cards.GroupBy(c => c.Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Two sample cards are named '{duplicate.Key}'.");
        }

        return cards;
    }
}
