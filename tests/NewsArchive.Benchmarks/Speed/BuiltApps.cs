namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// The indexer and the web app as built beside the running program (this benchmark, or a test
/// project that links this file; each references them, so they are built with it, in the same
/// configuration), each run from its own output folder with its own dependencies and settings,
/// exactly as a user runs them.
/// </summary>
internal static class BuiltApps
{
    public static string Indexer => Find("NewsArchive.Indexer");

    public static string Web => Find("NewsArchive.Web");

    /// <summary>src/&lt;project&gt;/ plus the running program's own output path, e.g. bin/Release/net10.0/.</summary>
    private static string Find(string project)
    {
        var outputPath = Path.GetRelativePath(RunningProjectFolder(), AppContext.BaseDirectory);
        var dll = Path.Combine(RepositoryPaths.Root, "src", project, outputPath, project + ".dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{project} is not built at {dll}; build the project that runs this (it builds {project} with it).", dll);
        return dll;
    }

    /// <summary>The folder of the running program's .csproj: the nearest above its output folder.</summary>
    private static string RunningProjectFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (dir.EnumerateFiles("*.csproj").Any()) return dir.FullName;
        }
        throw new InvalidOperationException($"No project folder above {AppContext.BaseDirectory}");
    }
}
