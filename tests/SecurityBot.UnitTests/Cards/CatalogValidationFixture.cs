using SecurityBot.Testing.Cards;

namespace SecurityBot.UnitTests.Cards;

/// <summary>
/// Validates the whole <see cref="CardCatalog"/> once, in one node process, for all theory rows. With
/// CARD_EXPORT_DIR set it also writes every card there as Name.json, for tools/card-preview (see docs/cards.md).
/// </summary>
public sealed class CatalogValidationFixture : IAsyncLifetime
{
    public IReadOnlyDictionary<string, CardValidationResult> Results { get; private set; } =
        new Dictionary<string, CardValidationResult>();

    public async Task InitializeAsync()
    {
        ExportIfAsked();
        var results = await AdaptiveCardValidator.ValidateAsync(CardCatalog.Cards.Select(c => (c.Name, c.Card.ToJson())));
        Results = results.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static void ExportIfAsked()
    {
        var directory = Environment.GetEnvironmentVariable("CARD_EXPORT_DIR");
        if (string.IsNullOrWhiteSpace(directory))
        {
            return;
        }

        System.IO.Directory.CreateDirectory(directory);
        foreach (var (name, card) in CardCatalog.Cards)
        {
            File.WriteAllText(Path.Combine(directory, name.Replace('/', '_') + ".json"), card.ToJson(indented: true));
        }
    }
}
