namespace NewsArchive.Core.Tests.Reading;

/// <summary>The real articles in corpus/seeds, found from the test binaries wherever the repository is checked out.</summary>
internal static class SeedCorpus
{
    public static string Folder => RepositoryPaths.Seeds;

    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    public static string Text(string fileName) => File.ReadAllText(PathOf(fileName));
}
