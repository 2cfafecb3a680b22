using System.IO.Hashing;
using System.Text.Json;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Ingest;

/// <summary>
/// What the index knew of a file when it read it, and of its sidecar, if any: a sidecar changes
/// the file's articles as much as the file itself does.
/// </summary>
/// <param name="IdScheme">
/// How the file's articles were named: 0 (absent) in indexes made when ids were the file's name
/// cut at its first dot and records without an id were numbered; such a file is read again once,
/// so that its articles get their new ids instead of lying beside them.
/// </param>
/// <param name="Problems">
/// What made parts of the file unusable when it was read (already bounded per file): they are
/// reported again on every run while the file is unchanged, so a summary, and <c>--strict</c>,
/// never say an unusable input is fine because it was seen before.
/// </param>
public sealed record FileState(long Size, long ModifiedTicks, string Hash, FileState? Sidecar = null, int IdScheme = 0,
    IReadOnlyList<ReadProblem>? Problems = null)
{
    /// <summary>Ids are the file's whole relative name; records without one are named by their URL or content.</summary>
    public const int CurrentIdScheme = 2;

    /// <summary>The state of the file (and its sidecar) as it is now on disk.</summary>
    public static FileState Of(string path)
    {
        var info = new FileInfo(path);
        var sidecar = Sidecars.Find(path);
        return new(info.Length, info.LastWriteTimeUtc.Ticks, HashOf(path), sidecar is null ? null : Of(sidecar), CurrentIdScheme);
    }

    /// <summary>
    /// Size and time are checked first because they cost no reading; the content hash decides
    /// only when they differ, so a file that was merely touched or copied is not read again.
    /// </summary>
    public bool SameSizeAndTime(string path)
    {
        var info = new FileInfo(path);
        if (Size != info.Length || ModifiedTicks != info.LastWriteTimeUtc.Ticks) return false;
        var sidecar = Sidecars.Find(path);
        return sidecar is null ? Sidecar is null : Sidecar?.SameSizeAndTime(sidecar) == true;
    }

    public bool SameContent(FileState other) =>
        Hash == other.Hash && (Sidecar is null ? other.Sidecar is null : other.Sidecar is not null && Sidecar.SameContent(other.Sidecar));

    private static string HashOf(string path)
    {
        var hash = new XxHash3();
        using (var stream = File.OpenRead(path)) hash.Append(stream);
        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }
}

/// <summary>
/// The files an archive holds the articles of, kept as the checkpoint of its commits
/// (<see cref="IArchiveSink.Commit"/>) so that it is always exactly as current as the articles
/// themselves: a commit has both or neither.
/// </summary>
public sealed class FileManifest
{
    private const string CheckpointKey = "newsarchive.files";
    private readonly Dictionary<string, FileState> files;

    private FileManifest(Dictionary<string, FileState> files) => this.files = files;

    public static FileManifest FromCheckpoint(IReadOnlyDictionary<string, string> checkpoint) =>
        new(checkpoint.TryGetValue(CheckpointKey, out var json)
            ? JsonSerializer.Deserialize<Dictionary<string, FileState>>(json) ?? []
            : []);

    public IReadOnlyDictionary<string, FileState> Files => files;

    public Dictionary<string, string> ToCheckpoint() => new() { [CheckpointKey] = JsonSerializer.Serialize(files) };

    public void Set(string path, FileState state) => files[path] = state;

    public void Remove(string path) => files.Remove(path);
}
