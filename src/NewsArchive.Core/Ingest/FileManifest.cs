using System.IO.Hashing;
using System.Text.Json;

namespace NewsArchive.Core.Ingest;

/// <summary>What the index knew of a file when it read it.</summary>
public sealed record FileState(long Size, long ModifiedTicks, string Hash)
{
    /// <summary>
    /// Size and time are checked first because they cost no reading; the content hash decides
    /// only when they differ, so a file that was merely touched or copied is not read again.
    /// </summary>
    public static FileState Of(string path, FileInfo info) => new(info.Length, info.LastWriteTimeUtc.Ticks, HashOf(path));

    public bool SameSizeAndTime(FileInfo info) => Size == info.Length && ModifiedTicks == info.LastWriteTimeUtc.Ticks;

    private static string HashOf(string path)
    {
        var hash = new XxHash3();
        using (var stream = File.OpenRead(path)) hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}

/// <summary>
/// The files an index holds the articles of, kept in the index's commit data so that it is
/// always exactly as current as the articles themselves: a commit has both or neither.
/// </summary>
public sealed class FileManifest
{
    private const string CommitDataKey = "newsarchive.files";
    private readonly Dictionary<string, FileState> files;

    private FileManifest(Dictionary<string, FileState> files) => this.files = files;

    public static FileManifest FromCommitData(IReadOnlyDictionary<string, string> commitData) =>
        new(commitData.TryGetValue(CommitDataKey, out var json)
            ? JsonSerializer.Deserialize<Dictionary<string, FileState>>(json) ?? []
            : []);

    public IReadOnlyDictionary<string, FileState> Files => files;

    public Dictionary<string, string> ToCommitData() => new() { [CommitDataKey] = JsonSerializer.Serialize(files) };

    public void Set(string path, FileState state) => files[path] = state;

    public void Remove(string path) => files.Remove(path);
}
