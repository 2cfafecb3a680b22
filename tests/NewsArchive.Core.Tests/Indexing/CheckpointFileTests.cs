using Lucene.Net.Analysis.Core;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>
/// A commit's checkpoint (the file manifest) lives in a file of its own that the commit names, so
/// the commit point Lucene rewrites and re-reads stays a few bytes whatever the manifest's size.
/// </summary>
public sealed class CheckpointFileTests : IDisposable
{
    private readonly TempFolder folder = new("checkpoint-files-");

    public void Dispose() => folder.Dispose();

    private static Dictionary<string, string> Large() => new() { ["newsarchive.files"] = new string('x', 1_000_000) };

    private IDictionary<string, string> CommittedUserData()
    {
        using var directory = FSDirectory.Open(folder.Path);
        using var reader = DirectoryReader.Open(directory);
        return reader.IndexCommit.UserData;
    }

    private string[] CheckpointFileNames() =>
        System.IO.Directory.GetFiles(folder.Path, "checkpoint-*.json").Select(Path.GetFileName).ToArray()!;

    [Fact]
    public void Commit_KeepsAMegabyteCheckpointOutOfTheCommitPoint_AndTheNextWriterReadsItBack()
    {
        using (var sink = ArchiveWriter.Open(folder.Path))
        {
            sink.Write(TestArticle.Make("a"), origin: null, EarlierVersion.None);
            sink.Commit(Large());
        }

        var userData = CommittedUserData();
        using var next = ArchiveWriter.Open(folder.Path);

        Assert.Equal([CheckpointFiles.UserDataKey], userData.Keys);
        Assert.Equal([userData[CheckpointFiles.UserDataKey]], CheckpointFileNames());
        Assert.Equal(Large(), next.Checkpoint);
    }

    [Fact]
    public void Commit_RemovesCheckpointsNoCommitNames_AndACommitWithoutOneKeepsTheLast()
    {
        using (var sink = ArchiveWriter.Open(folder.Path))
        {
            sink.Commit(new Dictionary<string, string> { ["run"] = "1" });
        }
        // A run stopped between writing its checkpoint and committing leaves one no commit names.
        File.WriteAllText(Path.Combine(folder.Path, "checkpoint-stopped.json"), """{"run":"stopped"}""");

        using (var sink = ArchiveWriter.Open(folder.Path))
        {
            Assert.Equal("1", sink.Checkpoint["run"]);
            sink.Write(TestArticle.Make("a"), origin: null, EarlierVersion.None);
            sink.Commit();
            Assert.Equal(2, CheckpointFileNames().Length);
            sink.Commit(new Dictionary<string, string> { ["run"] = "2" });
        }

        using var last = ArchiveWriter.Open(folder.Path);

        Assert.Equal("2", last.Checkpoint["run"]);
        Assert.Single(CheckpointFileNames());
    }

    [Fact]
    public void AnIndexWithItsCheckpointInTheCommitPoint_IsReadAsBefore()
    {
        using (var directory = FSDirectory.Open(folder.Path))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveSchema.Version, new KeywordAnalyzer())))
        {
            writer.SetCommitData(new Dictionary<string, string> { ["newsarchive.files"] = "{}" });
            writer.Commit();
        }

        using var sink = ArchiveWriter.Open(folder.Path);

        Assert.Equal("{}", sink.Checkpoint["newsarchive.files"]);
    }
}
