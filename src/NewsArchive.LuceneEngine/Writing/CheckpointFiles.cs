using System.Text.Json;

namespace NewsArchive.LuceneEngine.Writing;

/// <summary>
/// Where a commit's checkpoint (the indexer's file manifest: every file's path, size, time and
/// hash) is kept: in a file of its own beside the index, which the commit's user data names,
/// rather than in the user data itself. Lucene writes the user data into every commit point and
/// reads it back at every freshness check of a searcher, and a manifest of a hundred thousand
/// files is megabytes. The file is written and flushed to disk before the commit that names it,
/// so a commit names a whole file or the one before; a file no commit names (a run stopped in
/// between) is removed after the next commit. Lucene leaves the file alone: it deletes only files
/// named as its own.
/// </summary>
internal static class CheckpointFiles
{
    /// <summary>The user-data key naming the checkpoint file.</summary>
    public const string UserDataKey = "newsarchive.checkpoint";

    private const string Prefix = "checkpoint-";
    private const string Extension = ".json";

    /// <summary>
    /// The checkpoint a commit's user data names; for an index committed before checkpoints had a
    /// file, the user data itself. A named file that is gone reads as no checkpoint (the indexer
    /// then reads every file again, replacing its articles).
    /// </summary>
    public static Dictionary<string, string> Read(string indexPath, IDictionary<string, string>? userData)
    {
        if (userData is null) return [];
        if (!userData.TryGetValue(UserDataKey, out var name)) return new Dictionary<string, string>(userData);
        var path = Path.Combine(indexPath, Path.GetFileName(name));
        if (!File.Exists(path)) return [];
        using var file = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dictionary<string, string>>(file) ?? [];
    }

    /// <summary>Writes <paramref name="checkpoint"/> to a new file, on disk before this returns, and the user data that names it.</summary>
    public static Dictionary<string, string> Write(string indexPath, IDictionary<string, string> checkpoint)
    {
        var name = Prefix + Guid.NewGuid().ToString("N") + Extension;
        using (var file = new FileStream(Path.Combine(indexPath, name), FileMode.CreateNew, FileAccess.Write))
        {
            JsonSerializer.Serialize(file, checkpoint);
            file.Flush(flushToDisk: true);
        }
        return new Dictionary<string, string> { [UserDataKey] = name };
    }

    /// <summary>Removes every checkpoint file but the one <paramref name="userData"/> names.</summary>
    public static void RemoveAllBut(string indexPath, IReadOnlyDictionary<string, string> userData)
    {
        var kept = userData.GetValueOrDefault(UserDataKey);
        foreach (var path in Directory.EnumerateFiles(indexPath, Prefix + "*" + Extension))
            if (Path.GetFileName(path) != kept) File.Delete(path);
    }
}
