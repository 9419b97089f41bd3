using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Library;

namespace SecurityBot.UnitTests.Policies;

public class PolicyLoaderTests
{
    private readonly PolicyFolderLoader _loader = new(new PolicyDocumentParser());

    [Fact]
    public void Load_StarterLibrary_LoadsAtLeastTwelvePoliciesWithoutErrors()
    {
        var report = StarterLibrary.Instance.LoadReport;

        report.Errors.Should().BeEmpty();
        report.PolicyCount.Should().BeGreaterThanOrEqualTo(12);
        StarterLibrary.Instance.Policies.Should().OnlyContain(p => p.Sections.Count >= 4);
    }

    [Fact]
    public void Load_ValidFile_ReadsFrontMatterAndNumberedSections()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("a.md", TempPolicyFolder.ValidPolicy("alpha", body: "Use **bold** and a [link](https://x.example).\n\n- first item\n- second item"));

        var policy = _loader.Load(folder.Path, 1_000_000).Policies.Single();

        policy.Id.Should().Be("alpha");
        policy.Version.Should().Be("1.0");
        policy.Effective.Should().Be(new DateOnly(2026, 1, 1));
        policy.Classification.Should().Be(PolicyClassification.Internal);
        policy.Sections.Select(s => s.Number).Should().Equal("1", "1.1");
        policy.Sections[0].Text.Should().Be("Use bold and a link.\n• first item\n• second item");
    }

    [Theory]
    [InlineData("id: [unclosed", "front matter is not valid YAML")]
    [InlineData("id: ''", "'id' is missing")]
    [InlineData("id: Not A Slug!", "must be 2-64 characters")]
    [InlineData("effective: 01/02/2026", "is not a date like")]
    [InlineData("review: 2020-01-01", "review date 2020-01-01 is before effective date")]
    [InlineData("classification: top-secret", "is not one of public, internal")]
    [InlineData("url: not a url", "is not an absolute address")]
    public void Load_BrokenFrontMatter_ReportsFileAndReason(string overrideLine, string reason)
    {
        using var folder = new TempPolicyFolder();
        var key = overrideLine.Split(':')[0];
        var lines = TempPolicyFolder.ValidPolicy("broken").Split('\n')
            .Select(l => l.StartsWith(key + ":", StringComparison.Ordinal) ? overrideLine : l);
        var content = string.Join('\n', lines);
        if (!content.Contains(overrideLine, StringComparison.Ordinal))
        {
            content = content.Replace("tags: [test]", "tags: [test]\n" + overrideLine, StringComparison.Ordinal);
        }

        folder.Write("broken.md", content);

        var result = _loader.Load(folder.Path, 1_000_000);

        result.Policies.Should().BeEmpty();
        result.Errors.Should().ContainSingle().Which.Should().Match<PolicyLoadError>(e => e.File == "broken.md" && e.Reason.Contains(reason));
    }

    [Fact]
    public void Load_MissingIdKey_IsReported()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("noid.md", TempPolicyFolder.ValidPolicy("x1").Replace("id: x1\n", string.Empty, StringComparison.Ordinal));

        _loader.Load(folder.Path, 1_000_000).Errors.Should().ContainSingle()
            .Which.Should().Be(new PolicyLoadError("noid.md", "'id' is missing"));
    }

    [Fact]
    public void Load_DuplicateIds_KeepsTheFirstFileAndReportsTheSecond()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("a.md", TempPolicyFolder.ValidPolicy("same"));
        folder.Write("b.md", TempPolicyFolder.ValidPolicy("same"));

        var result = _loader.Load(folder.Path, 1_000_000);

        result.Policies.Should().ContainSingle();
        result.Errors.Should().ContainSingle().Which.Should().Be(new PolicyLoadError("b.md", "duplicate id 'same': already used by a.md"));
    }

    [Fact]
    public void Load_UnnumberedHeading_IsReportedWithItsLine()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("h.md", TempPolicyFolder.ValidPolicy("headings").Replace("### 1.1 Detail", "### Detail", StringComparison.Ordinal));

        _loader.Load(folder.Path, 1_000_000).Errors.Single().Reason.Should().StartWith("heading 'Detail' (line 18) has no section number");
    }

    [Theory]
    [InlineData("# Just markdown\n\n## 1 Purpose\n\ntext", "must start with YAML front matter")]
    [InlineData("---\nid: x\n\n## 1 Purpose", "not closed")]
    [InlineData("---\nid: abc\ntitle: t\nversion: 1\nowner: o\neffective: 2026-01-01\nreview: 2026-02-01\nclassification: public\n---\n\nNo sections here.", "no numbered sections")]
    [InlineData("---\nid: abc\ntitle: t\nversion: 1\nowner: o\neffective: 2026-01-01\nreview: 2026-02-01\nclassification: public\n---\n## 1 A\n## 1 B", "section number 1 appears more than once")]
    public void Load_BrokenStructure_IsReported(string content, string reason)
    {
        using var folder = new TempPolicyFolder();
        folder.Write("s.md", content);

        _loader.Load(folder.Path, 1_000_000).Errors.Single().Reason.Should().Contain(reason);
    }

    [Fact]
    public void Load_OneBrokenFile_OthersStillLoad()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("good.md", TempPolicyFolder.ValidPolicy("good"));
        folder.Write("bad.md", "not a policy");
        folder.Write("notes.txt", "ignored: not markdown");

        var result = _loader.Load(folder.Path, 1_000_000);

        result.Policies.Select(p => p.Id).Should().Equal("good");
        result.Errors.Select(e => e.File).Should().Equal("bad.md");
    }

    [Fact]
    public void Load_FileOverTheSizeLimit_IsSkipped()
    {
        using var folder = new TempPolicyFolder();
        folder.Write("big.md", TempPolicyFolder.ValidPolicy("big", body: new string('x', 5_000)));

        _loader.Load(folder.Path, 2_000).Errors.Single().Reason.Should().Contain("Policies:MaxFileBytes");
    }

    [Fact]
    public void Load_MissingFolder_IsReportedNotThrown()
    {
        var result = _loader.Load(Path.Combine(Path.GetTempPath(), "no-such-folder-" + Guid.NewGuid()), 1_000);

        result.Errors.Single().Should().Be(new PolicyLoadError("(policy folder)", "the policy folder does not exist; check Policies:Folder"));
    }
}
