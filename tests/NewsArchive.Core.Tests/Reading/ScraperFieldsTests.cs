using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Reading.ReadingFixtures;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>The field names and value shapes of common scrapers' output, mapped without any configuration.</summary>
public sealed class ScraperFieldsTests : IDisposable
{
    private readonly TempFolder folder = new("scraper-fields-");

    public void Dispose() => folder.Dispose();

    private NewsArchive.Core.Articles.Article ReadJson(string json)
    {
        var result = Assert.Single(new JsonFileReader(Options).Read(folder.Write($"{Guid.NewGuid():N}.json", json), "file"));
        Assert.Null(result.Problem);
        return result.Article!;
    }

    [Fact]
    public void NewsPlease_MaintextDatePublishSourceDomainAndAuthors()
    {
        var (article, warnings) = ReadOne("scrapers/news-please.json");

        Assert.Empty(warnings);
        Assert.Equal("scrapers/news-please.json", article.Id);
        Assert.Equal("City to plant ten thousand trees", article.Title);
        Assert.Equal(2, article.Paragraphs.Count());
        Assert.StartsWith("The city will plant ten thousand trees by 2030", article.Body);
        Assert.Equal(TestArticle.Utc(2023, 5, 1, 17, 20), article.Date);
        Assert.Equal("example.com", article.Source); // the domain is the source when nothing names the outlet
        Assert.Equal(["Jonas Berg", "Ana Ruiz"], article.Authors);
        Assert.Equal("https://example.com/city/trees", article.Url);
        Assert.Empty(article.Keywords); // description, language, image_url are single strings, not facets
    }

    [Fact]
    public void Newspaper3k_TextPublishDateKeywords_AndNoFacetsOfLinksOrEmptyLists()
    {
        var results = Read("scrapers/newspaper3k.jsonl");

        var (river, school) = (results[0].Article!, results[1].Article!);
        Assert.Equal("River level falls", river.Title);
        Assert.Equal(["The river fell below the warning mark overnight.", "Sandbags stay in place until Friday."], river.Paragraphs);
        Assert.Equal(TestArticle.Utc(2022, 11, 3), river.Date);
        Assert.Equal(["Petra Holm"], river.Authors);
        Assert.Equal(["keywords"], river.Keywords.Keys); // images are links; movies, tags, meta_keywords empty
        Assert.Equal(["river", "flood", "sandbags"], river.Keywords["keywords"]);
        Assert.Null(school.Date);
        Assert.Empty(school.Authors);
        Assert.Equal(["education", "repairs"], school.Keywords["meta_keywords"]);
        Assert.All(results, r => Assert.Empty(r.Warnings));
    }

    [Fact]
    public void SchemaOrg_HeadlineArticleBodyDatePublishedAndNamedObjects()
    {
        var (article, _) = ReadOne("scrapers/schema-org.json");

        Assert.Equal("Night buses return to the valley", article.Title);
        Assert.StartsWith("Night buses return to the valley routes", article.Body);
        Assert.Equal(TestArticle.Utc(2021, 9, 10, 18), article.Date);
        Assert.Equal(["Lee Park", "Dana Cole"], article.Authors);
        Assert.Equal("Valley Gazette", article.Source);
        Assert.Equal(["transit", "buses", "night"], article.Keywords["keywords"]); // "a, b, c" in one string
        Assert.DoesNotContain("@type", article.Keywords.Keys);
    }

    [Fact]
    public void NewsApi_SourceObjectContentPublishedAtAndBylineAuthor()
    {
        var article = Assert.Single(ArticlesOf(Read("scrapers/newsapi-articles.json")));

        Assert.Equal("Northern Star", article.Source);
        Assert.Equal(["Ines Vale"], article.Authors); // "By " is the byline's wording, not the name
        Assert.Equal(TestArticle.Utc(2024, 2, 20, 11, 5), article.Date);
        Assert.StartsWith("Cold weather let the town's ice rink open", article.Body);
    }

    [Fact]
    public void AllSides_SourceIsTheOutletAndSiteTopicBiasAreFacets()
    {
        var results = Read("scrapers/allsides-like.jsonl");
        var articles = ArticlesOf(results);

        Assert.Equal(4, articles.Count);
        Assert.Equal("Example Online News", articles[0].Source);
        Assert.Equal(["example-news.com"], articles[0].Keywords["site"]);
        Assert.Equal(["politics"], articles[0].Keywords["topic"]);
        Assert.Equal(["center"], articles[0].Keywords["bias"]);
        Assert.Null(articles[1].Date);
        Assert.Empty(results[1].Warnings); // no date is no problem
        Assert.Equal(new DateTimeOffset(1, 11, 30, 0, 0, 0, TimeSpan.Zero), articles[2].Date);
        Assert.Equal(["date 0001-11-30 looks wrong; kept as given"], Reasons(results[2].Warnings));
        Assert.Equal(["date 2050-09-30 looks wrong; kept as given"], Reasons(results[3].Warnings));
    }

    [Fact]
    public void FieldNames_MatchWhateverTheirCase()
    {
        var article = ReadJson("""{"Headline": "H", "MainText": "M", "PUBDATE": "2020-01-02", "Source_Domain": "x.org", "Topic": "t"}""");

        Assert.Equal(("H", "M", "x.org"), (article.Title, article.Body, article.Source));
        Assert.Equal(TestArticle.Utc(2020, 1, 2), article.Date);
        Assert.Equal(["t"], article.Keywords["topic"]);
    }

    [Fact]
    public void FirstKnownNameWithAValue_Wins()
    {
        var article = ReadJson("""{"text": null, "body": "", "maintext": "From maintext.", "title": "  ", "headline": "From headline"}""");

        Assert.Equal("From maintext.", article.Body);
        Assert.Equal("From headline", article.Title);
    }

    [Fact]
    public void SiteOnly_IsTheSourceAndNoFacet()
    {
        var article = ReadJson("""{"title": "T", "body": "B", "site": "example.org"}""");

        Assert.Equal("example.org", article.Source);
        Assert.Empty(article.Keywords);
    }

    [Fact]
    public void IdsFromUnderscoreIdGuidNumbersAndMongoObjects()
    {
        Assert.Equal("g-1", ReadJson("""{"guid": "g-1", "title": "T"}""").Id);
        Assert.Equal("42", ReadJson("""{"id": 42, "title": "T"}""").Id);
        Assert.Equal("64b0", ReadJson("""{"_id": {"$oid": "64b0"}, "title": "T"}""").Id);
    }

    [Fact]
    public void BodyGivenAsListOfParagraphs_IsJoined()
    {
        var article = ReadJson("""{"title": "T", "content": ["First.", "", "Second."]}""");

        Assert.Equal(["First.", "Second."], article.Paragraphs);
    }

    [Fact]
    public void ScalarFacetFields_AndListsOfNamedObjects()
    {
        var article = ReadJson("""{"title": "T", "body": "B", "section": "Sport", "category": "Football", "tags": [{"name": "cup"}, {"name": "final"}], "summary": "Not a facet"}""");

        Assert.Equal(["category", "section", "tags"], article.Keywords.Keys.Order());
        Assert.Equal(["cup", "final"], article.Keywords["tags"]);
    }
}
