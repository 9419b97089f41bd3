using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace SecurityBot.Benchmarks.Pipeline;

/// <summary>
/// Drives an endpoint with activity POSTs: closed loop (N workers back to back) for the saturation rate, open loop
/// (requests started on a fixed schedule, whatever the answers) for latency at a given load, so slow answers do not
/// hide themselves by slowing the sender down (coordinated omission).
/// </summary>
internal sealed class LoadGenerator(HttpClient client, Uri endpoint, Func<int, string> body, Func<string?> bearer)
{
    public async Task<LoadResult> ClosedLoopAsync(int workers, TimeSpan duration)
    {
        var latencies = new List<double>[workers];
        var failures = 0;
        var stopwatch = Stopwatch.StartNew();
        var sequence = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
        {
            latencies[w] = [];
            while (stopwatch.Elapsed < duration)
            {
                var (ok, ms) = await SendAsync(Interlocked.Increment(ref sequence));
                if (ok)
                {
                    latencies[w].Add(ms);
                }
                else
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }));
        return LoadResult.From(latencies.SelectMany(l => l).ToList(), failures, stopwatch.Elapsed);
    }

    public async Task<LoadResult> OpenLoopAsync(double requestsPerSecond, TimeSpan duration)
    {
        var total = (int)(requestsPerSecond * duration.TotalSeconds);
        var interval = TimeSpan.FromSeconds(1 / requestsPerSecond);
        var tasks = new List<Task<(bool Ok, double Ms)>>(total);
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = interval * i;
            var wait = due - stopwatch.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait);
            }

            tasks.Add(SendAsync(i + 1_000_000));
        }

        var results = await Task.WhenAll(tasks);
        return LoadResult.From(results.Where(r => r.Ok).Select(r => r.Ms).ToList(), results.Count(r => !r.Ok), stopwatch.Elapsed);
    }

    private async Task<(bool Ok, double Ms)> SendAsync(int sequence)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent(body(sequence), Encoding.UTF8, "application/json") };
        if (bearer() is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.SendAsync(request);
            return (response.IsSuccessStatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (HttpRequestException)
        {
            return (false, 0);
        }
    }
}
