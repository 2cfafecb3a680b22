using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Reading.Html;

namespace NewsArchive.Core.Tests.Reading.Html;

/// <summary>The saved pages under Fixtures/, read from the repository so no copy to the output folder is needed.</summary>
internal static class HtmlFixtures
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "NewsArchive.Core.Tests", "Reading", "Html", "Fixtures");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Reads a fixture that must give an article, and returns the whole result (for its warnings).</summary>
    public static ReadResult Read(string name)
    {
        var result = Assert.Single(new HtmlArticleReader().Read(PathOf(name), Path.GetFileNameWithoutExtension(name)));
        Assert.Null(result.Problem);
        Assert.NotNull(result.Article);
        return result;
    }

    public static Article ArticleOf(string name) => Read(name).Article!;

    /// <summary>Asserts that no paragraph of the body contains any of the strings (case-insensitive).</summary>
    public static void AssertBodyLacks(Article article, params string[] boilerplate)
    {
        foreach (var text in boilerplate)
            Assert.DoesNotContain(text, article.Body, StringComparison.OrdinalIgnoreCase);
    }
}
