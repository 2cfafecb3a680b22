namespace NewsArchive.Tests.Shared;

/// <summary>The repository and its bundled corpus, found from the test binaries wherever it is checked out.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding NewsArchive.sln.</summary>
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>The five plain-text seed articles.</summary>
    public static string Seeds => Path.Combine(Corpus, "seeds");

    /// <summary>The Reuters-21578 collection as JSON Lines.</summary>
    public static string Reuters => Path.Combine(Corpus, "reuters21578.jsonl.gz");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No NewsArchive.sln above {AppContext.BaseDirectory}");
    }
}
