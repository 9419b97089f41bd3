namespace SecurityBot.Attestation.Domain;

/// <summary>A rule the attestation card lists: the section it comes from and its first sentence.</summary>
internal sealed record KeyRule(string Number, string Heading, string Summary);
