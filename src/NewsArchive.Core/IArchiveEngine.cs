using NewsArchive.Core.Ingest;
using NewsArchive.Core.Search;

namespace NewsArchive.Core;

/// <summary>
/// An engine that keeps archives: opens one at a place (a folder for an engine on this machine)
/// to search it or to write it. The web app and the command line know archives only through this
/// and the contracts it returns (<see cref="IArchive"/>, <see cref="IArchiveSink"/>).
/// </summary>
public interface IArchiveEngine
{
    /// <summary>Whether an archive has been committed at <paramref name="path"/>.</summary>
    bool ExistsAt(string path);

    /// <summary>Articles in the archive at <paramref name="path"/>, 0 when there is none.</summary>
    int ArticlesAt(string path);

    /// <summary>Opens the archive at <paramref name="path"/> to search; fails when it cannot be read.</summary>
    IArchive Open(string path);

    /// <summary>
    /// Opens the archive at <paramref name="path"/> whatever its state: one that is missing,
    /// being built or damaged answers <see cref="IArchive.State"/> until a refresh finds it readable.
    /// </summary>
    IArchive OpenWhenReady(string path);

    /// <summary>
    /// Opens the archive at <paramref name="path"/> to write, made anew when <paramref name="rebuild"/>,
    /// with <paramref name="threads"/> writing; fails with <see cref="IndexLockedException"/> when another writer holds it.
    /// </summary>
    IArchiveSink OpenSink(string path, bool rebuild = false, int threads = 1);
}
