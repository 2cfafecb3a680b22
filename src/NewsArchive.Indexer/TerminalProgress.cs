using NewsArchive.Core.Ingest;

namespace NewsArchive.Indexer;

/// <summary>
/// Shows progress on one line that updates in place, but only on a terminal: redirected output
/// (a log file, a pipe) gets the summary alone rather than hundreds of carriage returns.
/// </summary>
internal sealed class TerminalProgress(TextWriter writer) : IProgress<IndexProgress>
{
    private readonly bool enabled = !Console.IsErrorRedirected && ReferenceEquals(writer, Console.Error);
    private bool shown;

    public void Report(IndexProgress value)
    {
        if (!enabled) return;
        writer.Write($"\r{value.Articles:N0} articles, {value.ArticlesPerSecond:N0}/s, {value.Skipped:N0} skipped   ");
        shown = true;
    }

    public void Finish()
    {
        if (shown) writer.WriteLine();
    }
}
