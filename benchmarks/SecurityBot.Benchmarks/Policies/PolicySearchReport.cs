using System.Diagnostics;
using System.Globalization;
using SecurityBot.Policies.Search;

namespace SecurityBot.Benchmarks.Policies;

/// <summary>
/// The numbers for docs/benchmarks-policies.md that BenchmarkDotNet does not give: per-query latency percentiles
/// (each query timed on its own), build time of a cold index, and relevance top-1/top-3 on the starter library —
/// for the BM25F index and the naive substring scan, in the same run.
/// </summary>
internal static class PolicySearchReport
{
    private const int Rounds = 30;
    private const int BuildRuns = 5;
    private const int WarmupRounds = 10;

    public static void Run()
    {
        var starter = StarterPolicies.Load();
        var corpus = PolicyCorpusGenerator.Generate(starter, 10_000);
        var sectionCount = corpus.Sum(p => p.Sections.Count);

        var buildTimes = new List<double>();
        PolicyIndex index = null!;
        for (var i = 0; i < BuildRuns; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            index = PolicyIndex.Build(corpus, new TextAnalyzer(SynonymTable.Default));
            buildTimes.Add(stopwatch.Elapsed.TotalMilliseconds);
        }

        var naive = new NaiveSubstringSearch(corpus);
        var questions = BenchmarkQuestions.LatencyMix();
        var gcBefore = GC.CollectionCount(0);
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        var bm25 = Measure(questions, q => index.Search(q));
        var cpuShare = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.Elapsed.TotalMilliseconds;
        var gcCount = GC.CollectionCount(0) - gcBefore;
        var scan = Measure(questions, q => naive.Search(q));

        Console.WriteLine($"## Policy search report ({DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC)");
        Console.WriteLine();
        Console.WriteLine($"Corpus: {corpus.Count} generated policies, {sectionCount} sections, {index.TermCount} index terms.");
        Console.WriteLine($"Index build (cold analyzer), {BuildRuns} runs: first {F(buildTimes[0])} ms, median {F(Percentile(buildTimes, 50))} ms, min {F(buildTimes.Min())} ms");
        Console.WriteLine();
        Console.WriteLine($"Query latency, {questions.Length} questions x {Rounds} rounds, each query timed alone (ms):");
        Console.WriteLine();
        Console.WriteLine("| Search | p50 | p90 | p99 | max |");
        Console.WriteLine("|---|---|---|---|---|");
        Console.WriteLine($"| BM25F index | {F(Percentile(bm25, 50))} | {F(Percentile(bm25, 90))} | {F(Percentile(bm25, 99))} | {F(bm25.Max())} |");
        Console.WriteLine($"| Naive substring scan | {F(Percentile(scan, 50))} | {F(Percentile(scan, 90))} | {F(Percentile(scan, 99))} | {F(scan.Max())} |");
        Console.WriteLine();
        Console.WriteLine($"During the index loop: {gcCount} gen0 GCs, process CPU time / wall time = {cpuShare:0.00}, machine load average {LoadAverage()}.");
        Console.WriteLine($"Index queries over 2 ms: {bm25.Count(t => t > 2)} of {bm25.Count}.");
        Console.WriteLine();
        Console.WriteLine("Slowest questions for the index (median over rounds, ms):");
        Console.WriteLine();
        foreach (var (question, median) in Slowest(questions, bm25, 5))
        {
            Console.WriteLine($"- {F(median)} — {(question.Length > 60 ? question[..57] + "..." : question)}");
        }

        Console.WriteLine();

        var cases = BenchmarkQuestions.RelevanceSet();
        var starterIndex = PolicyIndex.Build(starter);
        var starterNaive = new NaiveSubstringSearch(starter);
        var (bmTop1, bmTop3) = Relevance(cases, q => starterIndex.Search(q, 3).Hits.Select(h => (h.Policy.Id, h.Section.Number)));
        var (nvTop1, nvTop3) = Relevance(cases, q => starterNaive.Search(q, 3).Select(h => (h.Policy.Id, h.Section.Number)));
        Console.WriteLine($"Relevance on the starter library ({cases.Count} questions):");
        Console.WriteLine();
        Console.WriteLine("| Search | top-1 | top-3 |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| BM25F index | {bmTop1:P0} | {bmTop3:P0} |");
        Console.WriteLine($"| Naive substring scan | {nvTop1:P0} | {nvTop3:P0} |");
    }

    private static List<double> Measure(string[] questions, Action<string> search)
    {
        // Warm-up: enough calls for tiered JIT to promote the hot methods, then time for the background compiles.
        for (var round = 0; round < WarmupRounds; round++)
        {
            foreach (var question in questions)
            {
                search(question);
            }
        }

        Thread.Sleep(500);

        var timings = new List<double>(questions.Length * Rounds);
        var stopwatch = new Stopwatch();
        for (var round = 0; round < Rounds; round++)
        {
            foreach (var question in questions)
            {
                stopwatch.Restart();
                search(question);
                timings.Add(stopwatch.Elapsed.TotalMilliseconds);
            }
        }

        return timings;
    }

    private static IEnumerable<(string Question, double Median)> Slowest(string[] questions, List<double> timings, int count) =>
        questions
            .Select((q, i) => (q, Percentile(Enumerable.Range(0, Rounds).Select(r => timings[(r * questions.Length) + i]).ToList(), 50)))
            .OrderByDescending(x => x.Item2)
            .Take(count);

    private static (double Top1, double Top3) Relevance(
        IReadOnlyList<RelevanceCase> cases,
        Func<string, IEnumerable<(string PolicyId, string Section)>> search)
    {
        int top1 = 0, top3 = 0;
        foreach (var c in cases)
        {
            var hits = search(c.Question).ToArray();
            top1 += hits.Length > 0 && c.Accepts(hits[0].PolicyId, hits[0].Section) ? 1 : 0;
            top3 += hits.Any(h => c.Accepts(h.PolicyId, h.Section)) ? 1 : 0;
        }

        return ((double)top1 / cases.Count, (double)top3 / cases.Count);
    }

    private static double Percentile(List<double> values, int percentile)
    {
        var sorted = values.Order().ToArray();
        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
