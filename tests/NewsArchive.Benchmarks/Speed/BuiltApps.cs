namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// The indexer and the web app as built beside this benchmark (the project references them, so
/// `dotnet run -c Release` builds them in Release too), each run from its own output folder with
/// its own dependencies and settings, exactly as a user runs them.
/// </summary>
internal static class BuiltApps
{
    public static string Indexer => Find("NewsArchive.Indexer");

    public static string Web => Find("NewsArchive.Web");

    /// <summary>src/&lt;project&gt;/ plus this benchmark's own output path, e.g. bin/Release/net10.0/.</summary>
    private static string Find(string project)
    {
        var benchmarkProject = Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Benchmarks");
        var outputPath = Path.GetRelativePath(benchmarkProject, AppContext.BaseDirectory);
        var dll = Path.Combine(RepositoryPaths.Root, "src", project, outputPath, project + ".dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{project} is not built at {dll}; build the benchmark project (it builds {project} with it).", dll);
        return dll;
    }
}
