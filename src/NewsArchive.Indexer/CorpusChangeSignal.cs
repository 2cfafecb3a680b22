namespace NewsArchive.Indexer;

/// <summary>
/// Says when files under the inputs may have changed, with a short quiet period so that a file
/// being written or a folder being copied triggers one run, not hundreds.
/// </summary>
internal sealed class CorpusChangeSignal : IDisposable
{
    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly List<FileSystemWatcher> watchers = [];
    private readonly SemaphoreSlim changed = new(0);

    public CorpusChangeSignal(IEnumerable<string> inputs)
    {
        foreach (var input in inputs.Select(Path.GetFullPath))
        {
            var watcher = Directory.Exists(input)
                ? new FileSystemWatcher(input) { IncludeSubdirectories = true }
                : new FileSystemWatcher(Path.GetDirectoryName(input)!, Path.GetFileName(input));
            watcher.NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size;
            watcher.Created += OnChange;
            watcher.Changed += OnChange;
            watcher.Deleted += OnChange;
            watcher.Renamed += OnChange;
            watcher.Error += (_, _) => Signal();
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    /// <summary>Waits for a change (then for the quiet period) or until <paramref name="poll"/> has passed.</summary>
    public async Task WaitAsync(TimeSpan poll, CancellationToken cancellation)
    {
        if (!await changed.WaitAsync(poll, cancellation)) return;
        // Let a burst of changes settle, then swallow the signals it raised.
        await Task.Delay(QuietPeriod, cancellation);
        while (changed.CurrentCount > 0) await changed.WaitAsync(cancellation);
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
        changed.Dispose();
    }

    private void OnChange(object sender, FileSystemEventArgs e) => Signal();

    private void Signal()
    {
        // One pending signal is enough: the next run looks at everything.
        if (changed.CurrentCount == 0) changed.Release();
    }
}
