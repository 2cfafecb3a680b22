using NewsArchive.Core.Ingest;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>
/// One writer at a time, and a look at the lock (the web app's) that never refuses a writer.
/// Between processes: tests/NewsArchive.Indexer.Tests/Faults/IndexerLockTests.cs.
/// </summary>
public sealed class WriterLockTests : IDisposable
{
    private readonly TempFolder folder = new("writer-lock-");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void SecondWriter_IsRefusedWhileTheFirstIsOpen_AndAdmittedOnceItIsClosed()
    {
        Assert.False(WriterLock.IsHeld(folder.Path));

        using (ArchiveWriter.Open(folder.Path))
        {
            Assert.True(WriterLock.IsHeld(folder.Path));
            var refused = Assert.Throws<IndexLockedException>(() => ArchiveWriter.Open(folder.Path));
            Assert.Contains("is being written by another process", refused.Message);
        }

        Assert.False(WriterLock.IsHeld(folder.Path));
        using var second = ArchiveWriter.Open(folder.Path, rebuild: true);
    }

    [Fact]
    public void IsHeld_NeverCreatesTheLockFile()
    {
        Assert.False(WriterLock.IsHeld(folder.Path));
        Assert.False(WriterLock.IsHeld(folder.PathOf("no-such-folder")));

        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public async Task Writers_OpenedAgainAndAgainWhileTheLockIsLookedAtEveryMillisecond_AreNeverRefused()
    {
        using (ArchiveWriter.Open(folder.Path)) { }
        using var stop = new CancellationTokenSource();
        var looks = 0;
        var looking = Task.Factory.StartNew(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                // Some thousand times as often as the web app looks (every few seconds).
                WriterLock.IsHeld(folder.Path);
                Interlocked.Increment(ref looks);
                Thread.Sleep(1);
            }
        }, TaskCreationOptions.LongRunning);
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref looks) > 0, TimeSpan.FromSeconds(10)));

        for (var i = 0; i < 100; i++)
            using (ArchiveWriter.Open(folder.Path)) { }

        stop.Cancel();
        await looking;
        Assert.True(looks > 20, $"the lock was looked at only {looks} times");
    }
}
