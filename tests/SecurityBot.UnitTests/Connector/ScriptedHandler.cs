namespace SecurityBot.UnitTests.Connector;

/// <summary>The network under the retry handler: answers each attempt from a script and records what was sent.</summary>
internal sealed class ScriptedHandler(Func<int, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
{
    private readonly List<string> _bodies = [];
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyList<string> Bodies { get { lock (_bodies) { return [.. _bodies]; } } }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (_bodies)
        {
            _bodies.Add(body);
        }

        var attempt = Interlocked.Increment(ref _calls) - 1;
        return await answer(attempt, cancellationToken);
    }
}
