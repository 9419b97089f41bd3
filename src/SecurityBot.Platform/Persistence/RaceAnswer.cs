namespace SecurityBot.Platform.Persistence;

/// <summary>What a <see cref="CommitRetry"/> caller does after losing a race: run again, answer instead, or give up.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1000:Do not declare static members on generic types",
    Justification = "The three answers read as RaceAnswer<T>.Retry / .GiveUp / .With(value) at the one place they are used: the lambda's return type names T.")]
public readonly record struct RaceAnswer<T>
{
    private RaceAnswer(bool runsAgain, bool answered, T? value)
    {
        RunsAgain = runsAgain;
        Answered = answered;
        Value = value;
    }

    /// <summary>Run the unit of work again on fresh data (gives up when no attempt is left).</summary>
    public static RaceAnswer<T> Retry => new(true, false, default);

    /// <summary>Propagate the original exception: the caller cannot make sense of this race.</summary>
    public static RaceAnswer<T> GiveUp => new(false, false, default);

    internal bool RunsAgain { get; }

    internal bool Answered { get; }

    internal T? Value { get; }

    /// <summary>Stop and return <paramref name="value"/> (e.g. "someone was faster", with the current state).</summary>
    public static RaceAnswer<T> With(T value) => new(false, true, value);
}
