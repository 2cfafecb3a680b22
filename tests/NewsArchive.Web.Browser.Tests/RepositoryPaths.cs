namespace NewsArchive.Web.Browser.Tests;

internal static class RepositoryPaths
{
    /// <summary>The folder holding NewsArchive.sln, found by walking up from the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    public static string Corpus => Path.Combine(Root, "corpus");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NewsArchive.sln"))) return dir.FullName;
        throw new InvalidOperationException("NewsArchive.sln not found above " + AppContext.BaseDirectory);
    }
}
