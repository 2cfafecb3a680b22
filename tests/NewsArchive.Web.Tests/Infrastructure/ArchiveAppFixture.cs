using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// One app for all web tests: a temp index built from the repository's corpus (the five seed
/// articles and Reuters-21578) when the app starts, deleted when the tests are done.
/// </summary>
public sealed class ArchiveAppFixture : CorpusAppFixture
{
    /// <summary>The articles of the bundled corpus: the Reuters stories and the 5 seed articles.</summary>
    public const int ArticleCount = 21_582;

    /// <summary>The articles whose source is Reuters.</summary>
    public const int ReutersCount = 21_577;

    /// <summary>The Reuters stories that match "cocoa".</summary>
    public const int CocoaCount = 129;

    /// <summary>The ids of the five seed articles, all about one phone call; all mention Tokayev.</summary>
    public static readonly IReadOnlyList<string> SeedIds =
    [
        "seeds/000_0991502cd2966729.txt",
        "seeds/001_e8e74c77bd022465.txt",
        "seeds/002_00d06213086799bc.txt",
        "seeds/003_3dab90f634ad840a.txt",
        "seeds/004_575892bb0f18c275.txt",
    ];

    public ArchiveAppFixture() : base(RepositoryPaths.Corpus, "newsarchive-web-tests-")
    {
    }
}

/// <summary>A fetched HTML page: the response, its text and its parsed document.</summary>
public sealed record Page(HttpResponseMessage Response, string Html, IHtmlDocument Document)
{
    public int Status => (int)Response.StatusCode;

    public IElement? One(string selector) => Document.QuerySelector(selector);

    public IElement Required(string selector) =>
        Document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches \"{selector}\" on the page:\n{Html}");

    public IReadOnlyList<IElement> All(string selector) => Document.QuerySelectorAll(selector).ToList();
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<ArchiveAppFixture>
{
    /// <summary>
    /// Every class that starts a host belongs here, so that hosts never start in parallel
    /// (they would share Serilog's static bootstrap logger).
    /// </summary>
    public const string Name = "Web app";
}
