using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using SecurityBot.Policies.Domain;
using SecurityBot.Policies.Search;

namespace SecurityBot.Benchmarks.Policies;

/// <summary>
/// Query cost on a generated 10,000-section library: the BM25F index against a naive substring scan, over the same
/// mix of questions. Per-query percentiles come from <see cref="PolicySearchReport"/>; this gives the mean per query.
/// </summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class PolicySearchBenchmarks
{
    private string[] _questions = [];
    private PolicyIndex _index = null!;
    private NaiveSubstringSearch _naive = null!;

    [Params(10_000)]
    public int Sections { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var corpus = PolicyCorpusGenerator.Generate(StarterPolicies.Load(), Sections);
        _index = PolicyIndex.Build(corpus);
        _naive = new NaiveSubstringSearch(corpus);
        _questions = BenchmarkQuestions.LatencyMix();
        if (_questions.Length != BenchmarkQuestions.LatencyMixCount)
        {
            throw new InvalidOperationException($"LatencyMixCount must be {_questions.Length} so per-operation times are right");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = BenchmarkQuestions.LatencyMixCount)]
    public int NaiveSubstringScan()
    {
        var found = 0;
        foreach (var question in _questions)
        {
            found += _naive.Search(question).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = BenchmarkQuestions.LatencyMixCount)]
    public int Bm25Index()
    {
        var found = 0;
        foreach (var question in _questions)
        {
            found += _index.Search(question).Hits.Count;
        }

        return found;
    }
}

/// <summary>Index build time for a generated library of 10,000 sections.</summary>
[Config(typeof(ShortInProcessConfig))]
[MemoryDiagnoser]
public class PolicyIndexBuildBenchmarks
{
    private IReadOnlyList<Policy> _corpus = [];

    [GlobalSetup]
    public void Setup() => _corpus = PolicyCorpusGenerator.Generate(StarterPolicies.Load(), 10_000);

    [Benchmark]
    public int Build10000Sections() => PolicyIndex.Build(_corpus, new TextAnalyzer(SynonymTable.Default)).SectionCount;
}

/// <summary>
/// A short in-process job: a few iterations so the run takes minutes on two shared cores, and no separate build
/// of a generated project.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        AddColumn(StatisticColumn.P50, StatisticColumn.P95);
    }
}
