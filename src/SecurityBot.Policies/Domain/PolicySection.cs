using System.Text.RegularExpressions;

namespace SecurityBot.Policies.Domain;

/// <summary>One numbered clause of a policy, e.g. "4.2 Personal USB devices" — the unit that answers cite.</summary>
internal sealed partial class PolicySection
{
    public PolicySection(string number, string heading, string text)
    {
        if (string.IsNullOrWhiteSpace(number) || !SectionNumberPattern().IsMatch(number))
        {
            throw new InvalidPolicyException($"section number '{number}' must look like '4' or '4.2'");
        }

        if (string.IsNullOrWhiteSpace(heading))
        {
            throw new InvalidPolicyException($"section {number} has no heading");
        }

        Number = number;
        Heading = heading.Trim();
        Text = text?.Trim() ?? string.Empty;
    }

    /// <summary>Dotted section number without a trailing dot, e.g. "4.2".</summary>
    public string Number { get; }

    public string Heading { get; }

    /// <summary>Plain text of the clause (Markdown already rendered to text; list items on their own lines).</summary>
    public string Text { get; }

    /// <summary>Depth of the number: "4" is 1, "4.2" is 2.</summary>
    public int Depth => Number.Count(c => c == '.') + 1;

    public override string ToString() => $"{Number} {Heading}";

    [GeneratedRegex(@"^\d{1,3}(\.\d{1,3}){0,4}$", RegexOptions.CultureInvariant)]
    internal static partial Regex SectionNumberPattern();
}
