namespace SecurityBot.Policies.Domain;

/// <summary>A run of characters inside an excerpt (start index and length).</summary>
internal readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;
}
