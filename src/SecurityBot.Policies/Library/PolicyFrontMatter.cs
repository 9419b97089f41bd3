namespace SecurityBot.Policies.Library;

/// <summary>The YAML front matter of a policy file, as written; <see cref="PolicyDocumentParser"/> validates it.</summary>
internal sealed class PolicyFrontMatter
{
    public string? Id { get; set; }

    public string? Title { get; set; }

    public string? Version { get; set; }

    public string? Owner { get; set; }

    public string? Effective { get; set; }

    public string? Review { get; set; }

    public string? Classification { get; set; }

    public List<string>? Tags { get; set; }

    public string? Url { get; set; }

    public string? Contact { get; set; }
}
