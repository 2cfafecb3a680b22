namespace NewsArchive.Benchmarks.Load;

/// <summary>A fresh copy of an index folder, for a run that writes into it and must leave the original as it was.</summary>
internal static class IndexCopy
{
    /// <summary>Copies <paramref name="from"/> to <paramref name="to"/>, replacing whatever was there.</summary>
    public static void Make(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
