using System.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.LuceneEngine;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>
/// The given folder is the boundary: links out, links back up and special files, made for real.
/// Each read has a time limit, so that a walk that loops or a FIFO that blocks fails the test
/// instead of hanging the suite.
/// </summary>
public sealed class FolderBoundaryTests : IDisposable
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);
    private readonly TempFolder folder = new("folder-boundary-");
    private readonly TempFolder outside = new("folder-boundary-outside-");

    public void Dispose()
    {
        folder.Dispose();
        outside.Dispose();
    }

    private async Task<List<ReadResult>> ReadAsync() =>
        await Task.Run(() => CorpusReader.Default.Read([folder.Path]).ToList()).WaitAsync(Limit);

    private static List<string> Ids(List<ReadResult> results) =>
        results.Where(r => r.Article is not null).Select(r => r.Article!.Id).ToList();

    [Fact]
    public async Task Read_LinkBackUpToTheFolder_ReadsEachFileOnce()
    {
        folder.Write("d/story.txt", "Talks begin\n\nThe talks began.");
        Directory.CreateSymbolicLink(folder.PathOf("d/up"), "..");

        var results = await ReadAsync();

        Assert.Equal(["d/story.txt"], Ids(results));
        Assert.All(results, r => Assert.Null(r.Problem));
    }

    [Fact]
    public async Task Read_TwoLinksToTheFolderItself_ReadsEachFileOnce()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        Directory.CreateSymbolicLink(folder.PathOf("a"), ".");
        Directory.CreateSymbolicLink(folder.PathOf("b"), ".");

        Assert.Equal(["story.txt"], Ids(await ReadAsync()));
    }

    [Fact]
    public async Task Read_LinksToAFileAndAFolderOutside_AreNotFollowedAndSaySo()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        var secret = outside.Write("passwd", "root:x:0:0:root:/root:/bin/bash");
        outside.Write("private/notes.txt", "Private\n\nNot for the archive.");
        File.CreateSymbolicLink(folder.PathOf("passwd"), secret);
        Directory.CreateSymbolicLink(folder.PathOf("private"), outside.PathOf("private"));

        var results = await ReadAsync();

        Assert.Equal(["story.txt"], Ids(results));
        var problems = results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => p.Path == folder.PathOf("passwd") && p.Reason.Contains("outside the folder"));
        Assert.Contains(problems, p => p.Path == folder.PathOf("private") && p.Reason.Contains("outside the folder"));
    }

    [Fact]
    public async Task Read_LinkToAFileInside_ReadsThatFileOnceAtItsOwnPath()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        File.CreateSymbolicLink(folder.PathOf("again.txt"), "story.txt");
        File.CreateSymbolicLink(folder.PathOf("loop.txt"), "loop.txt");

        var results = await ReadAsync();

        Assert.Equal(["story.txt"], Ids(results));
        Assert.Contains(results, r => r.Problem is { } p && p.Path == folder.PathOf("loop.txt"));
    }

    [Fact]
    public async Task Read_FifoInTheFolder_IsSkippedWithAReasonWithoutOpeningIt()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        MakeFifo(folder.PathOf("pipe.txt"));

        var results = await ReadAsync();

        Assert.Equal(["story.txt"], Ids(results));
        var problem = Assert.Single(results, r => r.Problem is not null).Problem!;
        Assert.Equal(folder.PathOf("pipe.txt"), problem.Path);
        Assert.Contains("FIFO", problem.Reason);
    }

    [Fact]
    public async Task Read_FifoGivenByName_IsSkippedWithAReason()
    {
        var pipe = folder.PathOf("pipe.jsonl");
        MakeFifo(pipe);

        var results = await Task.Run(() => CorpusReader.Default.Read([pipe]).ToList()).WaitAsync(Limit);

        Assert.Contains("FIFO", Assert.Single(results).Problem!.Reason);
    }

    [Fact]
    public async Task Read_FifoAsASidecar_IsNotOpened()
    {
        folder.Write("story.txt", "Talks begin\n\nThe talks began.");
        MakeFifo(folder.PathOf("story.meta.json"));

        Assert.Equal(["story.txt"], Ids(await ReadAsync()));
    }

    [Fact]
    public async Task Update_FolderWithLinksLoopsAndAFifo_IndexesEachFileOnceOnEveryRun()
    {
        folder.Write("d/story.txt", "Talks begin\n\nThe talks began.");
        Directory.CreateSymbolicLink(folder.PathOf("d/up"), "..");
        Directory.CreateSymbolicLink(folder.PathOf("self"), ".");
        File.CreateSymbolicLink(folder.PathOf("passwd"), outside.Write("passwd", "root:x:0:0:root:/root:/bin/bash"));
        MakeFifo(folder.PathOf("pipe.jsonl"));
        var indexer = new CorpusIndexer(new LuceneArchiveEngine(), CorpusReader.Default, NullLogger<CorpusIndexer>.Instance);
        var index = outside.PathOf("index");

        var first = await Task.Run(() => indexer.Update(index, [folder.Path], new CorpusIndexOptions())).WaitAsync(Limit);
        var second = await Task.Run(() => indexer.Update(index, [folder.Path], new CorpusIndexOptions())).WaitAsync(Limit);

        Assert.Equal((1, 1), (first.Added, first.TotalArticles));
        Assert.Equal(2, first.Skipped.Count);
        Assert.Equal(first.Skipped, second.Skipped);
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}
