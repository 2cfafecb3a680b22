using NewsArchive.Core.Ingest;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>
/// The one-writer rule between processes. Lucene's own <c>write.lock</c> does not enforce it here:
/// on Linux it is taken as a shared flock, which a second process gets too, and two writers then
/// delete each other's files until no commit is left. So the writer first takes this lock of its
/// own, a file in the index folder opened with <see cref="FileShare.None"/>: .NET makes that an
/// exclusive non-blocking flock on Linux and macOS, and a sharing lock on Windows. The system
/// drops it when the process ends, however it ends, so a killed writer never leaves it behind;
/// the file itself stays (deleting a lock file others may be opening would let two writers in).
/// </summary>
public sealed class WriterLock : IDisposable
{
    public const string FileName = "archive-writer.lock";

    /// <summary>
    /// How long a writer keeps trying before it gives up. A second writer holds the lock for a whole
    /// run, so it is refused after this; but the web app's look at the lock (<see cref="IsHeld"/>)
    /// holds a shared lock for a few microseconds, which must not make a starting writer fail.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(20);

    private readonly FileStream file;

    private WriterLock(FileStream file) => this.file = file;

    /// <summary>Takes the lock of the index at <paramref name="indexPath"/> (an existing folder), or throws <see cref="IndexLockedException"/>.</summary>
    public static WriterLock Acquire(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return new WriterLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException ex) when (IsSharingViolation(ex))
            {
                if (DateTime.UtcNow >= deadline) throw new IndexLockedException(indexPath, ex);
                Thread.Sleep(Pause);
            }
        }
    }

    /// <summary>
    /// Whether a writer holds the lock of the index at <paramref name="indexPath"/> now. Only reads:
    /// the lock file is never created here (the web app never writes the index).
    /// </summary>
    public static bool IsHeld(string indexPath)
    {
        try
        {
            // A reader's open takes a shared flock (Linux, macOS) or asks to share (Windows): either
            // is refused while a writer holds the file, and let go at once.
            using var probe = new FileStream(Path.Combine(indexPath, FileName), FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return false;
        }
        catch (IOException ex) when (IsSharingViolation(ex))
        {
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // No lock file (no writer ever ran), or one that cannot be looked at: no writer to report.
            return false;
        }
    }

    public void Dispose() => file.Dispose();

    /// <summary>
    /// The lock is someone else's: on Windows ERROR_SHARING_VIOLATION or ERROR_LOCK_VIOLATION; on
    /// Unix .NET reports flock's EWOULDBLOCK (11 on Linux, 35 on macOS) as the exception's HResult.
    /// </summary>
    private static bool IsSharingViolation(IOException ex) =>
        ex.GetType() == typeof(IOException) && (OperatingSystem.IsWindows()
            ? (ex.HResult & 0xFFFF) is 32 or 33
            : ex.HResult is 11 or 35);
}
