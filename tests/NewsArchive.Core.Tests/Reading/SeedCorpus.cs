namespace NewsArchive.Core.Tests.Reading;

/// <summary>The real articles in corpus/seeds, found from the test binaries wherever the repository is checked out.</summary>
internal static class SeedCorpus
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "corpus", "seeds");

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static string Text(string fileName) => File.ReadAllText(PathOf(fileName));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"No NewsArchive.sln above {AppContext.BaseDirectory}");
    }
}
