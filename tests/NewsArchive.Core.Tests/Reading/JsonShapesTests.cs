using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;
using static NewsArchive.Core.Tests.Reading.ReadingFixtures;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>JSON as one object per file, an array of objects or JSON Lines, each plain or gzip, told apart by content.</summary>
public sealed class JsonShapesTests : IDisposable
{
    private readonly TempFolder folder = new("json-shapes-");

    public void Dispose() => folder.Dispose();

    private List<ReadResult> ReadTemp(string name, string text) =>
        new JsonFileReader(Options).Read(folder.Write(name, text), "file").ToList();

    private static List<string> Ids(IEnumerable<ReadResult> results) => ArticlesOf(results).Select(a => a.Id).ToList();

    [Fact]
    public void Read_OneObjectPerFile_IsOneArticleNamedByTheFileUnlessItHasAnId()
    {
        var (article, warnings) = ReadOne("json/object.json");

        Assert.Empty(warnings);
        Assert.Equal("harbour-1", article.Id);
        Assert.Equal("Harbour reopens after storm", article.Title);
        Assert.Equal(["The harbour reopened on Tuesday after three days of closure.", "Ferries resumed their timetable by noon."], article.Paragraphs);
        Assert.Equal("Coastal Courier", article.Source);
        Assert.Equal(TestArticle.Utc(2023, 3, 14, 8, 30), article.Date);
        Assert.Equal(["Mara Lind"], article.Authors);

        var unnamed = Assert.Single(ReadTemp("one.json", "{\n  \"title\": \"T\",\n  \"body\": \"B\"\n}\n"));
        Assert.Equal("file", unnamed.Article?.Id);
        var oneLine = Assert.Single(ReadTemp("line.json", """{"title": "T", "body": "B"}"""));
        Assert.Equal("file", oneLine.Article?.Id);
    }

    [Fact]
    public void Read_Array_ReadsEachElementAndReportsTheBadOnesByIndexAndLine()
    {
        var results = Read("json/array.json");

        Assert.Equal(["council-1", "council-3"], Ids(results));
        var problems = results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();
        Assert.Equal(2, problems.Count);
        Assert.Equal(7, problems[0].Line);
        Assert.StartsWith("element 2: malformed JSON", problems[0].Reason);
        Assert.Equal(17, problems[1].Line);
        Assert.Equal("element 4: not a JSON object", problems[1].Reason);
    }

    [Fact]
    public void Read_GzippedArray_IsReadLikeAPlainOne()
    {
        var results = Read("json/array.json.gz");

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(["packed-1", "packed-2"], Ids(results));
    }

    [Theory]
    [InlineData("json/lines.ndjson", new[] { "wire-1", "wire-2" })]
    [InlineData("json/lines-named.json", new[] { "json/lines-named.json#", "json/lines-named.json#" })] // JSON Lines under a .json name
    public void Read_JsonLines_AreReadLineByLineWhateverTheFileIsCalled(string fixture, string[] ids)
    {
        var results = Read(fixture);

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(ids, Ids(results).Select(id => id.Contains('#') ? id[..(id.IndexOf('#') + 1)] : id));
    }

    [Fact]
    public void Read_ArrayElementsWithoutIds_AreNamedByFileAndContentNotPosition()
    {
        var results = ReadTemp("a.json", """[{"title": "A", "body": "a"}, {"title": "B", "body": "b"}]""");
        var inserted = ReadTemp("b.json", """[{"title": "New", "body": "n"}, {"title": "A", "body": "a"}, {"title": "B", "body": "b"}]""");

        Assert.All(Ids(results), id => Assert.Matches("^file#[0-9a-f]{16}$", id));
        Assert.Equal(Ids(results), Ids(inserted).Skip(1));
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("[\n]\n")]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Read_EmptyArrayOrFile_GivesNothingAndNoProblem(string text)
    {
        Assert.Empty(ReadTemp("empty.json", text));
    }

    [Fact]
    public void Read_ArrayWithTrailingCommaAndStringsHoldingBrackets_IsSplitRight()
    {
        var results = ReadTemp("a.json", """
            [
              {"title": "Brackets ] and , in \"strings\" {", "body": "x [y] {z}"},
              {"title": "Second", "body": "b"},
            ]
            """);

        Assert.All(results, r => Assert.Null(r.Problem));
        Assert.Equal(["Brackets ] and , in \"strings\" {", "Second"], ArticlesOf(results).Select(a => a.Title));
    }

    [Fact]
    public void Read_ArrayNotClosed_KeepsTheElementsBeforeAndReportsTheEnd()
    {
        var results = ReadTemp("a.json", """[{"title": "A", "body": "a"}, {"title": "B", "body": """);

        Assert.Single(Ids(results));
        Assert.Contains("not closed", results.Last().Problem?.Reason);
    }

    [Fact]
    public void Read_TextAfterTheArray_IsReported()
    {
        var results = ReadTemp("a.json", "[{\"title\": \"A\", \"body\": \"a\"}]\n{\"title\": \"B\"}\n");

        Assert.Single(Ids(results));
        Assert.Contains("after the end of the array", results.Last().Problem?.Reason);
    }

    [Fact]
    public void Read_TruncatedGzippedArray_KeepsTheElementsBeforeTheCutAndReportsIt()
    {
        var elements = Enumerable.Range(1, 300).Select(i =>
            $$"""{"id": "n{{i}}", "title": "Story {{i}}", "body": "{{string.Join(' ', Enumerable.Range(0, 30).Select(w => (i * 7919 + w * 104729) % 100_003))}}"}""");
        var bytes = Gzip.Compress("[\n" + string.Join(",\n", elements) + "\n]\n");
        var path = folder.Write("cut.json.gz", bytes[..(bytes.Length / 2)]);

        var results = new JsonFileReader().Read(path, "cut").ToList();

        var ids = Ids(results);
        Assert.InRange(ids.Count, 1, 299);
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"n{i}"), ids);
        Assert.StartsWith("unreadable from here on", results.Last().Problem?.Reason);
    }

    [Fact]
    public void Read_BigArray_IsReadElementByElementInOrder()
    {
        const int count = 20_000;
        var path = folder.PathOf("big.json");
        using (var writer = new StreamWriter(path))
        {
            writer.Write('[');
            for (var i = 1; i <= count; i++)
                writer.Write($$"""{{(i > 1 ? ",\n" : "")}}{"title": "Story {{i}}", "body": "Text \"{{i}}\", [quoted] {braced}\\."}""");
            writer.Write(']');
        }

        using var results = new JsonFileReader().Read(path, "big").GetEnumerator();
        Assert.True(results.MoveNext());
        Assert.Equal("Story 1", results.Current.Article?.Title);
        var read = 1;
        while (results.MoveNext())
        {
            read++;
            Assert.Equal($"Story {read}", results.Current.Article?.Title);
            Assert.Equal($"Text \"{read}\", [quoted] {{braced}}\\.", results.Current.Article?.Body);
        }
        Assert.Equal(count, read);
    }

    [Theory]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    public void Read_JsonFileThatIsNoObjectNorArray_IsOneProblem(string json)
    {
        var result = Assert.Single(ReadTemp("odd.json", json));

        Assert.Contains("not a JSON object", result.Problem?.Reason);
    }

    [Fact]
    public void Read_MalformedSingleObject_IsReportedWithTheLineItBreaksOn()
    {
        var result = Assert.Single(ReadTemp("bad.json", "{\n  \"title\": \"T\",\n  \"body\": \n}\n"));

        Assert.StartsWith("malformed JSON", result.Problem?.Reason);
        Assert.Equal(4, result.Problem?.Line);
    }
}
