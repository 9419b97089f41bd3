namespace SecurityBot.Attestation.Domain;

/// <summary>One section that differs between two versions: "2.3 Lock your screen", changed.</summary>
internal sealed record SectionChange(string Number, string Heading, SectionChangeKind Kind)
{
    public override string ToString() => $"{Number} {Heading} ({Kind.ToString().ToLowerInvariant()})";
}
