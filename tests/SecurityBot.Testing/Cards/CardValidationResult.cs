namespace SecurityBot.Testing.Cards;

/// <summary>What the official renderer said about one card.</summary>
public sealed record CardValidationResult(string Name, IReadOnlyList<CardValidationIssue> Errors, IReadOnlyList<CardValidationIssue> Warnings)
{
    public bool IsValid => Errors.Count == 0;
}
