namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>Holds <see cref="SlowCallTestHandler"/>'s outside call until the test lets it answer.</summary>
public sealed class SlowCallGate
{
    private readonly TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<string> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the handler is inside its outside call.</summary>
    public Task Entered => _entered.Task;

    public Task<string> CallAsync()
    {
        _entered.TrySetResult();
        return _answer.Task;
    }

    public void Answer(string value) => _answer.TrySetResult(value);
}
