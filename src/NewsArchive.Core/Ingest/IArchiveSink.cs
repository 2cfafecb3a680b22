using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Ingest;

/// <summary>What the writer must do about earlier versions of an article.</summary>
public enum EarlierVersion
{
    /// <summary>A new article: added without looking for an earlier version.</summary>
    None,

    /// <summary>The index may hold a version: it is replaced.</summary>
    InIndex,

    /// <summary>A version was written in this run and may still be on its way to the writer: it is waited for, then replaced.</summary>
    InThisRun,
}

/// <summary>
/// The writing side of an archive, the one writer of it: adds or replaces articles by id, removes
/// the articles of an origin (the file they came from), groups new articles into stories, and
/// commits with a checkpoint (what the indexer knows about the files it has read) so that the
/// articles and the checkpoint land together or not at all. Only <see cref="Commit"/> publishes:
/// disposing without it leaves the archive at its last commit.
/// </summary>
public interface IArchiveSink : IDisposable
{
    /// <summary>The checkpoint of the commit the archive was opened at (empty for a new archive).</summary>
    IReadOnlyDictionary<string, string> Checkpoint { get; }

    /// <summary>Articles in the archive, counting what this writer added and removed so far.</summary>
    int ArticleCount { get; }

    /// <summary>Why the archive cannot hold the article (metadata beyond what it keeps as one value), or null when it can.</summary>
    string? Refusal(Article article);

    /// <summary>Whether the archive as it was opened has an article with this id.</summary>
    bool WasIndexed(string id);

    /// <summary>How many articles the archive as it was opened has from this origin.</summary>
    int CountOrigin(string origin);

    /// <summary>
    /// Whether the archive as it was opened has an article with this id from an origin other than
    /// <paramref name="origin"/> and than <paramref name="gone"/> (files deleted since): an article
    /// of a changed file whose id is another file's, left as it was, must not silently replace it.
    /// </summary>
    bool HeldByAnother(string id, string origin, IReadOnlyCollection<string> gone);

    /// <summary>Queues the article for writing, replacing <paramref name="earlier"/> versions.</summary>
    void Write(Article article, string? origin, EarlierVersion earlier);

    /// <summary>Removes every article of this origin.</summary>
    void DeleteOrigin(string origin);

    /// <summary>Gives every article written so far that has no story one; the stories are kept with the next commit.</summary>
    StoryGrouping GroupStories(StoryOptions options);

    /// <summary>Publishes everything written so far with <paramref name="checkpoint"/> (kept as it was when null).</summary>
    void Commit(IDictionary<string, string>? checkpoint = null);
}
