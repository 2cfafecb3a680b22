using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Reading.ReadingFixtures;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>NAME.meta.json / NAME.meta.yaml beside a file: metadata that overrides what was read from it.</summary>
public sealed class SidecarTests : IDisposable
{
    private readonly TempFolder folder = new("sidecars-");

    public void Dispose() => folder.Dispose();

    private List<ReadResult> ReadTemp(string relative, ReadingOptions? options = null) =>
        CorpusReader.Create(options ?? Options).ReadFile(new CorpusFile(folder.PathOf(relative), folder.Path)).ToList();

    [Fact]
    public void JsonSidecar_OverridesWhatTheTextGaveAndKeepsTheRest()
    {
        var (article, warnings) = ReadOne("sidecars/harbour-notice.txt");

        Assert.Empty(warnings);
        Assert.Equal("sidecars/harbour-notice.txt", article.Id);
        Assert.Equal("Harbour notice", article.Title); // inferred from the text, which the sidecar leaves alone
        Assert.Equal("Harbour Office", article.Source);
        Assert.Equal(TestArticle.Utc(2023, 8, 4), article.Date);
        Assert.Equal(["notices"], article.Keywords["tags"]);
    }

    [Fact]
    public void YamlSidecar_AppliesToEveryArticleOfItsFile_AndDropsWarningsAboutTheDateItReplaces()
    {
        var results = Read("sidecars/wire.jsonl");

        Assert.Equal(["w-1", "w-2"], ArticlesOf(results).Select(a => a.Id));
        Assert.All(ArticlesOf(results), a => Assert.Equal("Example Press Agency", a.Source));
        Assert.All(ArticlesOf(results), a => Assert.Equal(TestArticle.Utc(2023, 9, 12), a.Date));
        Assert.All(results, r => Assert.Empty(r.Warnings)); // w-1's own date was unreadable
    }

    [Fact]
    public void MalformedSidecar_IsIgnoredWithOneWarningNamingIt()
    {
        var result = Assert.Single(Read("sidecars/broken-sidecar.txt"));

        Assert.Equal("Road works", result.Article?.Title);
        Assert.Null(result.Article?.Source);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(PathOf("sidecars/broken-sidecar.meta.json"), warning.Path);
        Assert.StartsWith("sidecar ignored: malformed JSON", warning.Reason);
    }

    [Fact]
    public void MalformedSidecar_OfAFileOfManyArticles_IsSaidOnce()
    {
        folder.Write("w.jsonl", "{\"title\": \"A\"}\n{\"title\": \"B\"}\n");
        folder.Write("w.meta.yaml", "source: [unclosed\n");

        var results = ReadTemp("w.jsonl");

        Assert.Equal(2, ArticlesOf(results).Count);
        Assert.Single(results.SelectMany(r => r.Warnings));
        Assert.Matches(@"^sidecar ignored: not valid YAML \(line \d+: ", results[0].Warnings[0].Reason);
    }

    [Fact]
    public void MalformedSidecar_OfAFileWithoutArticles_IsReportedOnItsOwn()
    {
        folder.Write("w.jsonl", "{oops\n");
        folder.Write("w.meta.json", "[1, 2]");

        var results = ReadTemp("w.jsonl");

        Assert.Equal(2, results.Count(r => r.Problem is not null));
        Assert.Contains(results, r => r.Problem?.Path == folder.PathOf("w.meta.json"));
    }

    [Fact]
    public void Folder_SidecarsAreNoArticlesAndNoProblems()
    {
        var results = CorpusReader.Create(Options).Read([PathOf("sidecars")]).ToList();

        Assert.Equal(["broken-sidecar.txt", "harbour-notice.txt", "w-1", "w-2"], ArticlesOf(results).Select(a => a.Id));
        Assert.All(results, r => Assert.Null(r.Problem));
    }

    [Theory]
    [InlineData("story.meta.json", true)]
    [InlineData("Story.META.YAML", true)]
    [InlineData("story.meta.yml", true)]
    [InlineData("story.json", false)]
    [InlineData("metadata.json", false)]
    public void CorpusFiles_IgnoreSidecarsByName(string name, bool ignored)
    {
        Assert.Equal(ignored, CorpusFiles.IsIgnored(name));
    }

    [Fact]
    public void Find_LooksForTheLongestNameFirst()
    {
        var article = folder.Write("day.jsonl.gz", "");
        Assert.Null(Sidecars.Find(article));

        var shortest = folder.Write("day.meta.yml", "");
        Assert.Equal(shortest, Sidecars.Find(article));

        var longer = folder.Write("day.jsonl.meta.json", "");
        Assert.Equal(longer, Sidecars.Find(article));
        Assert.Null(Sidecars.Find(longer)); // a sidecar has none of its own
    }

    [Fact]
    public void Sidecar_IdIsIgnored_SinceEveryArticleOfTheFileWouldShareIt()
    {
        folder.Write("s.txt", "Title\n\nText.");
        folder.Write("s.meta.json", """{"id": "same", "source": "S"}""");

        var result = Assert.Single(ReadTemp("s.txt"));

        Assert.Equal(("s.txt", "S"), (result.Article?.Id, result.Article?.Source));
        Assert.Contains("id ignored", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public void Sidecar_WithUnreadableDate_LeavesTheDateTheTextStates()
    {
        folder.Write("s.txt", "Title\n\nPublished: 10 January 2022\n\nText.");
        folder.Write("s.meta.json", """{"date": "soon"}""");

        var result = Assert.Single(ReadTemp("s.txt"));

        Assert.Equal(TestArticle.Utc(2022, 1, 10), result.Article?.Date);
        Assert.Equal(["unreadable date \"soon\" ignored; the date read from the text is kept"], Reasons(result.Warnings));
    }

    [Fact]
    public void Sidecars_CanBeTurnedOff()
    {
        var result = Assert.Single(Read("sidecars/harbour-notice.txt", Options with { UseSidecars = false }));

        Assert.Null(result.Article?.Source);
    }

    [Fact]
    public void Seeds_GlobalTimesPieceHasItsOutletFromItsSidecar_AndTheOthersAreAsTheirTextsSay()
    {
        var articles = ArticlesOf(CorpusReader.Default.Read([BundledCorpus.Seeds])).ToDictionary(a => a.Id, a => a.Source);

        Assert.Equal(BundledCorpus.SeedArticles, articles.Count);
        Assert.Equal("Global Times", articles["004_575892bb0f18c275.txt"]);
        Assert.Equal("TDI", articles["001_e8e74c77bd022465.txt"]);
        Assert.Null(articles["000_0991502cd2966729.txt"]);
        Assert.Null(articles["002_00d06213086799bc.txt"]);
        Assert.Null(articles["003_3dab90f634ad840a.txt"]);
    }
}
