using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>Validates the whole <see cref="CardCatalog"/> once, in one node process, for all theory rows.</summary>
public sealed class CatalogValidationFixture : IAsyncLifetime
{
    public IReadOnlyDictionary<string, CardValidationResult> Results { get; private set; } =
        new Dictionary<string, CardValidationResult>();

    public async Task InitializeAsync()
    {
        var results = await AdaptiveCardValidator.ValidateAsync(CardCatalog.Cards.Select(c => (c.Name, c.Card.ToJson())));
        Results = results.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
