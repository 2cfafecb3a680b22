using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Reading.ReadingFixtures;

namespace NewsArchive.Core.Tests.Reading;

/// <summary><c>--map field=name</c>: parsing the entries, and reading a corpus with names nothing knows.</summary>
public class FieldMapTests
{
    private static readonly string[] CustomExportMap =
        ["id=story_id", "title=headline_text", "body=story_text", "source=outlet", "date=when", "url=meta.permalink", "authors=writers"];

    [Fact]
    public void Parse_FieldEqualsName_MapsThatArticleField()
    {
        var map = FieldMap.Parse(["body=story_text", " Title = headline_text "]);

        Assert.Equal("story_text", map.NameFor(ArticleField.Body));
        Assert.Equal("headline_text", map.NameFor(ArticleField.Title));
        Assert.Null(map.NameFor(ArticleField.Date));
        Assert.Equal("title=headline_text body=story_text", map.ToString());
    }

    [Fact]
    public void Parse_NoEntries_IsTheEmptyMap()
    {
        Assert.True(FieldMap.Parse([]).IsEmpty);
    }

    [Fact]
    public void Parse_BadEntries_AreAllNamedWithWhatIsWrong()
    {
        var ex = Assert.Throws<FieldMapException>(() =>
            FieldMap.Parse(["body=story_text", "headline", "colour=red", "title=", "=x", "body=other"]));

        Assert.Equal(
        [
            "\"headline\": expected field=name, e.g. body=story_text",
            "\"colour=red\": unknown article field \"colour\" (one of title, body, date, source, url, authors, id, dateline)",
            "\"title=\": no input field name after 'title='",
            "\"=x\": no article field before '='",
            "\"body=other\": body is already mapped to \"story_text\"",
        ], ex.Errors);
        Assert.IsAssignableFrom<FormatException>(ex);
        Assert.Contains("colour", ex.Message);
    }

    [Fact]
    public void TryParse_ReportsInsteadOfThrowing()
    {
        Assert.False(FieldMap.TryParse(["3=x"], out var map, out var errors));
        Assert.True(map.IsEmpty);
        Assert.Single(errors);
        Assert.True(FieldMap.TryParse(["dateline=place", "DATELINE=place"], out map, out errors));
        Assert.Equal("place", map.NameFor(ArticleField.Dateline));
    }

    [Fact]
    public void Read_WithoutTheMap_FindsNoTextInACustomExport()
    {
        var results = Read("mapped/custom-export.jsonl");

        Assert.All(results, r => Assert.Contains("empty text", r.Problem?.Reason));
    }

    [Fact]
    public void Read_WithTheMap_TakesEachFieldFromItsMappedName()
    {
        var options = Options with { Fields = FieldMap.Parse(CustomExportMap) };

        var results = Read("mapped/custom-export.jsonl", options);

        Assert.All(results, r => Assert.Null(r.Problem));
        var museum = ArticlesOf(results)[0];
        Assert.Equal("cms-101", museum.Id);
        Assert.Equal("Museum wins award", museum.Title);
        Assert.Equal(["The town museum won a national award.", "The prize comes with a grant."], museum.Paragraphs);
        Assert.Equal("Town Crier", museum.Source);
        Assert.Equal(TestArticle.Utc(2020, 6, 1), museum.Date);
        Assert.Equal("https://towncrier.example/museum", museum.Url); // a dotted name reaches into "meta"
        Assert.Equal(["Olu Adeyemi"], museum.Authors);
        Assert.Equal(["desk"], museum.Keywords.Keys); // "writers" is mapped, so no facet
    }

    [Fact]
    public void Read_RecordWithoutTheMappedName_FallsBackToTheKnownNames()
    {
        using var folder = new TempFolder("field-map-");
        var path = folder.Write("mixed.jsonl", """
            {"story_text": "Mapped body.", "title": "One"}
            {"body": "Known body.", "title": "Two"}
            """);
        var reader = new JsonFileReader(new ReadingOptions { Fields = FieldMap.Parse(["body=story_text"]) });

        var bodies = reader.Read(path, "mixed").Select(r => r.Article!.Body);

        Assert.Equal(["Mapped body.", "Known body."], bodies);
    }

    [Fact]
    public void Create_ReaderUsesTheOptions()
    {
        var options = new ReadingOptions { Fields = FieldMap.Parse(["body=story_text"]) };

        var reader = CorpusReader.Create(options);

        Assert.Same(options, reader.Options);
        Assert.Same(ReadingOptions.Default, CorpusReader.Default.Options);
    }
}
