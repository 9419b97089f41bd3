namespace SecurityBot.Policies.Domain;

/// <summary>A word of the question that was not in the library and was read as a close known word instead.</summary>
internal sealed record TermCorrection(string Original, string Corrected);
