using System.Globalization;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace SecurityBot.Policies.Library;

/// <summary>
/// Reads one policy file: YAML front matter between '---' lines, then Markdown whose numbered headings
/// ("## 4 Passwords", "### 4.2 Length") start sections. Throws <see cref="InvalidPolicyException"/> with a reason an
/// administrator can act on (including the line number where it helps).
/// </summary>
internal sealed partial class PolicyDocumentParser
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().Build();

    private readonly IDeserializer _yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .IgnoreUnmatchedProperties()
        .Build();

    public Policy Parse(string content)
    {
        var (frontMatter, body, bodyFirstLine) = SplitFrontMatter(content ?? string.Empty);
        var meta = ReadFrontMatter(frontMatter);
        var sections = ReadSections(body, bodyFirstLine);
        return new Policy(
            meta.Id ?? string.Empty,
            meta.Title ?? string.Empty,
            meta.Version ?? string.Empty,
            meta.Owner ?? string.Empty,
            ParseDate(meta.Effective, "effective"),
            ParseDate(meta.Review, "review"),
            ParseClassification(meta.Classification),
            meta.Tags ?? [],
            ParseUrl(meta.Url),
            sections)
        {
            Contact = string.IsNullOrWhiteSpace(meta.Contact) ? null : meta.Contact.Trim(),
        };
    }

    private static (string FrontMatter, string Body, int BodyFirstLine) SplitFrontMatter(string content)
    {
        var lines = content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            throw new InvalidPolicyException("the file must start with YAML front matter between '---' lines");
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                return (string.Join('\n', lines[1..i]), string.Join('\n', lines[(i + 1)..]), i + 2);
            }
        }

        throw new InvalidPolicyException("the front matter is not closed by a '---' line");
    }

    private PolicyFrontMatter ReadFrontMatter(string yaml)
    {
        try
        {
            return _yaml.Deserialize<PolicyFrontMatter>(yaml)
                ?? throw new InvalidPolicyException("the front matter is empty");
        }
        catch (YamlException ex)
        {
            // Front matter starts on line 2 of the file.
            var line = ex.Start.Line + 1;
            var reason = (ex.InnerException?.Message ?? ex.Message).Split('\n')[0];
            throw new InvalidPolicyException($"front matter is not valid YAML (line {line}): {reason}", ex);
        }
    }

    private static List<PolicySection> ReadSections(string body, int bodyFirstLine)
    {
        var document = Markdown.Parse(body, Pipeline);
        var sections = new List<PolicySection>();
        (string Number, string Heading)? current = null;
        var text = new List<string>();

        void Flush()
        {
            if (current is { } c)
            {
                sections.Add(new PolicySection(c.Number, c.Heading, string.Join('\n', text)));
            }

            text.Clear();
        }

        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                var headingText = MarkdownText.Inline(heading.Inline).Trim();
                if (heading.Level == 1)
                {
                    continue;
                }

                var match = NumberedHeading().Match(headingText);
                if (!match.Success)
                {
                    throw new InvalidPolicyException(
                        $"heading '{Shorten(headingText)}' (line {heading.Line + bodyFirstLine}) has no section number; write it like '## 4.2 {Shorten(headingText)}'");
                }

                Flush();
                current = (match.Groups["number"].Value, match.Groups["heading"].Value);
                continue;
            }

            if (current is not null)
            {
                MarkdownText.AppendBlock(block, text);
            }
        }

        Flush();
        return sections;
    }

    private static DateOnly ParseDate(string? value, string field)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidPolicyException($"'{field}' date is missing");
        }

        return DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new InvalidPolicyException($"'{field}' date '{Shorten(value)}' is not a date like 2026-03-01");
    }

    private static PolicyClassification ParseClassification(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidPolicyException("'classification' is missing (public, internal, confidential or restricted)");
        }

        return Enum.TryParse<PolicyClassification>(value.Trim(), ignoreCase: true, out var c) && Enum.IsDefined(c)
            ? c
            : throw new InvalidPolicyException($"classification '{Shorten(value)}' is not one of public, internal, confidential, restricted");
    }

    private static Uri? ParseUrl(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri)
            ? uri
            : throw new InvalidPolicyException($"url '{Shorten(value)}' is not an absolute address");
    }

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "...";

    [GeneratedRegex(@"^(?<number>\d{1,3}(?:\.\d{1,3}){0,4})\.?\s+(?<heading>\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedHeading();
}
