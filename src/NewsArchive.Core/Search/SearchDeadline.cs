namespace NewsArchive.Core.Search;

/// <summary>
/// When one search must stop: when its reader goes away (the request's cancellation) or when its
/// time budget is spent. Both cancel one token that every pass, highlighter and snippet checks;
/// <see cref="Passed"/> tells the budget (answer with what there is) from the reader's leaving
/// (nobody to answer: the cancellation propagates).
/// </summary>
internal sealed class SearchDeadline : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly CancellationToken aborted;

    public SearchDeadline(TimeSpan budget, CancellationToken aborted)
    {
        this.aborted = aborted;
        source = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        // A timer of no time would fire later, on another thread: a spent budget is spent now.
        if (budget == TimeSpan.Zero) source.Cancel();
        else source.CancelAfter(budget);
    }

    /// <summary>
    /// Work that must be whole whoever asked for it (counts kept with the reader for every later
    /// request): never cancelled, never disposed.
    /// </summary>
    public static SearchDeadline None { get; } = new(Timeout.InfiniteTimeSpan, CancellationToken.None);

    public CancellationToken Token => source.Token;

    /// <summary>Whether the time budget is spent while the reader is still waiting for the answer.</summary>
    public bool Passed => source.IsCancellationRequested && !aborted.IsCancellationRequested;

    public void Dispose() => source.Dispose();
}
