namespace NewsArchive.Core.Reading;

/// <summary>Turns one kind of file into articles. One implementation per format.</summary>
public interface IArticleReader
{
    /// <summary>Whether this reader understands the file, judged by its name.</summary>
    bool CanRead(string path);

    /// <summary>
    /// Reads the file lazily, one result per article or unusable input, so a huge file is never
    /// held in memory. <paramref name="fileId"/> is the id derived from the file's path, used for
    /// articles that carry no id of their own.
    /// </summary>
    IEnumerable<ReadResult> Read(string path, string fileId);
}
