namespace SecurityBot.Testing.Cards;

/// <summary>
/// What the official renderer said about one card. Warnings (the library's Hint and Deprecated events) fail a card
/// just like errors: a hint such as "stretched columns get the minimum space" is a layout bug in Teams. No warning
/// is allowed today; one that must be, would be filtered here by event and message, with the reason next to it.
/// </summary>
public sealed record CardValidationResult(string Name, IReadOnlyList<CardValidationIssue> Errors, IReadOnlyList<CardValidationIssue> Warnings)
{
    /// <summary>Errors and warnings together: everything that fails the card.</summary>
    public IEnumerable<CardValidationIssue> Problems => Errors.Concat(Warnings);

    /// <summary>No error and no warning.</summary>
    public bool IsValid => Errors.Count == 0 && Warnings.Count == 0;
}
