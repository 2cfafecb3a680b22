using System.CommandLine;
using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests;

/// <summary>--watch keeps the index in step with a folder as files appear, change and disappear.</summary>
public sealed class WatchTests : IDisposable
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);
    private readonly TempFolder folder = new("newsarchive-watch-");

    private string Corpus => folder.PathOf("corpus");

    private string IndexPath => folder.PathOf("index");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Watch_IndexesNewChangedAndDeletedFilesUntilStopped()
    {
        folder.Write("corpus/first.txt", "First story\n\nThe first story is about tides.");
        using var stop = new CancellationTokenSource();
        var output = new StringWriter();
        var watching = IndexerCommand.Create(NullLoggerFactory.Instance)
            .Parse([Corpus, "--index", IndexPath, "--watch"])
            .InvokeAsync(new InvocationConfiguration { Output = TextWriter.Synchronized(output), Error = new StringWriter() }, stop.Token);

        await UntilAsync(() => Ids().SequenceEqual(["first.txt"]));
        folder.Write("corpus/second.txt", "Second story\n\nThe second story is about herons.");
        await UntilAsync(() => Ids().SequenceEqual(["first.txt", "second.txt"]));
        folder.Write("corpus/first.txt", "First story, revised\n\nThe first story is now about estuaries.");
        await UntilAsync(() => Count("estuaries") == 1);
        File.Delete(folder.PathOf("corpus/second.txt"));
        await UntilAsync(() => Ids().SequenceEqual(["first.txt"]));

        await stop.CancelAsync();
        Assert.Equal(0, await watching.WaitAsync(Deadline));
        Assert.Contains("Watching for changes", output.ToString());
    }

    private List<string> Ids()
    {
        if (!ArchiveIndex.ExistsAt(IndexPath)) return [];
        using var index = ArchiveIndex.Open(IndexPath);
        return new ArchiveSearcher(index, ArchiveAnalyzer.Create()).Search(new SearchRequest { PageSize = 10 })
            .Hits.Select(h => h.Id).Order().ToList();
    }

    private int Count(string word)
    {
        using var index = ArchiveIndex.Open(IndexPath);
        return new ArchiveSearcher(index, ArchiveAnalyzer.Create()).Search(new SearchRequest { Query = word }).Total;
    }

    private static async Task UntilAsync(Func<bool> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(clock.Elapsed < Deadline, "the watcher did not catch up in time");
            await Task.Delay(100);
        }
    }
}
