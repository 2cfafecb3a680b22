using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>How a JSON Lines file is read line by line: plain or gzip, and what happens to bad lines.</summary>
public sealed class JsonLinesReaderTests : IDisposable
{
    private readonly TempFolder folder = new("jsonlines-reader-");

    public void Dispose() => folder.Dispose();

    private static string Line(string id, string title = "Talks", string body = "The talks began.") =>
        $$"""{"id": "{{id}}", "title": "{{title}}", "body": "{{body}}"}""";

    private static List<ReadResult> Read(string path, string fileId = "file") => new JsonFileReader().Read(path, fileId).ToList();

    [Theory]
    [InlineData("a.jsonl", true)]
    [InlineData("a.jsonl.gz", true)]
    [InlineData("dir/A.JSONL.GZ", true)]
    [InlineData("a.ndjson", true)]
    [InlineData("a.ndjson.gz", true)]
    [InlineData("a.json", true)]
    [InlineData("a.JSON.gz", true)]
    [InlineData("a.gz", false)]
    [InlineData("a.jsonx", false)]
    [InlineData("a.txt", false)]
    public void CanRead_JudgesByJsonExtension(string path, bool expected)
    {
        Assert.Equal(expected, new JsonFileReader().CanRead(path));
    }

    [Fact]
    public void Read_PlainAndGzippedFile_GiveTheSameArticlesInOrder()
    {
        var text = string.Join('\n', Line("a"), Line("b"), Line("c"));
        var plain = folder.Write("plain.jsonl", text);
        var gzipped = folder.Write("packed.jsonl.gz", Gzip.Compress(text));

        var fromPlain = Read(plain);
        var fromGzip = Read(gzipped);

        Assert.All(fromPlain.Concat(fromGzip), r => Assert.Null(r.Problem));
        Assert.Equal(["a", "b", "c"], fromPlain.Select(r => r.Article!.Id));
        Assert.Equal(["a", "b", "c"], fromGzip.Select(r => r.Article!.Id));
        Assert.Equal(fromPlain.Select(r => r.Article!.Title), fromGzip.Select(r => r.Article!.Title));
    }

    [Fact]
    public void Read_LineWithoutId_IsNamedByFileIdAndAHashOfItsContent()
    {
        var path = folder.Write("a.jsonl", string.Join('\n',
            Line("given"),
            """{"title": "No id", "body": "Text."}""",
            """{"id": "", "title": "Empty id", "body": "Text."}"""));

        var ids = Read(path, "news/wire").Select(r => r.Article!.Id);

        Assert.Equal(["given", "news/wire#", "news/wire#"], ids.Select(id => id.Contains('#') ? id[..(id.IndexOf('#') + 1)] : id));
        Assert.Matches("^news/wire#[0-9a-f]{16}$", ids.ElementAt(1));
        Assert.NotEqual(ids.ElementAt(1), ids.ElementAt(2));
    }

    [Fact]
    public void Read_MalformedLineInTheMiddle_IsReportedWithItsLineNumberAndNeighboursAreRead()
    {
        var path = folder.Write("a.jsonl", string.Join('\n', Line("a"), """{"id": "b", "title": """, Line("c")));

        var results = Read(path);

        Assert.Equal(3, results.Count);
        Assert.Equal("a", results[0].Article?.Id);
        var problem = results[1].Problem;
        Assert.NotNull(problem);
        Assert.Equal(path, problem.Path);
        Assert.Equal(2, problem.Line);
        Assert.Contains("malformed", problem.Reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("c", results[2].Article?.Id);
    }

    [Fact]
    public void Read_BlankLines_AreIgnoredButStillCountedForLineNumbers()
    {
        var path = folder.Write("a.jsonl", "\n" + Line("a") + "\n\n   \n\t\n" + """{"title": "No id", "body": """ + "\n\n");

        var results = Read(path, "f");

        Assert.Equal("a", results[0].Article!.Id);
        Assert.Equal(6, results[1].Problem!.Line);
    }

    [Fact]
    public void Read_WindowsLineEndings_AreReadLikeNewlines()
    {
        var path = folder.Write("a.jsonl", Line("a") + "\r\n" + Line("b") + "\r\n");

        Assert.Equal(["a", "b"], Read(path).Select(r => r.Article!.Id));
    }

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"just a string\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Read_LineThatIsNotAnObject_IsReportedAndNeighboursAreRead(string json)
    {
        var path = folder.Write("a.jsonl", string.Join('\n', Line("a"), json, Line("c")));

        var results = Read(path);

        Assert.Equal(["a", "c"], results.Where(r => r.Article is not null).Select(r => r.Article!.Id));
        var problem = Assert.Single(results, r => r.Problem is not null).Problem!;
        Assert.Equal(2, problem.Line);
        Assert.Contains("not a JSON object", problem.Reason);
    }

    [Fact]
    public void Read_ObjectWithNeitherTitleNorBody_IsReportedNotIndexed()
    {
        var path = folder.Write("a.jsonl", string.Join('\n',
            Line("a"),
            """{"id": "empty", "title": "", "body": "", "source": "Reuters", "topics": []}"""));

        var results = Read(path);

        Assert.Equal("a", results[0].Article?.Id);
        Assert.Equal(2, results[1].Problem?.Line);
    }

    [Fact]
    public void Read_ProblemToString_NamesFileAndLine()
    {
        var path = folder.Write("a.jsonl", "{oops");

        var problem = Assert.Single(Read(path)).Problem!;

        Assert.StartsWith($"{path}:1: ", problem.ToString());
    }

    /// <summary>Enough varied text that the compressed file has many deflate blocks to cut through.</summary>
    private static string ManyLines(int count) => string.Join('\n', Enumerable.Range(1, count).Select(i =>
        Line($"n{i}", $"Story {i}", string.Join(' ', Enumerable.Range(0, 40).Select(w => ((i * 7919 + w * 104729) % 100_003).ToString())))));

    [Theory]
    [InlineData(0.25)]
    [InlineData(0.5)]
    [InlineData(0.75)]
    [InlineData(0.99)]
    public void Read_TruncatedGzip_ReportsAProblemAndKeepsTheLinesBeforeTheCut(double keep)
    {
        var bytes = Gzip.Compress(ManyLines(400));
        var path = folder.Write("cut.jsonl.gz", bytes[..(int)(bytes.Length * keep)]);

        var results = Read(path);

        var ids = results.Where(r => r.Article is not null).Select(r => r.Article!.Id).ToList();
        Assert.NotEmpty(ids);
        Assert.True(ids.Count < 400, $"{ids.Count} articles read from a cut file");
        Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => $"n{i}"), ids);
        var problem = results.Last().Problem;
        Assert.NotNull(problem);
        Assert.True(problem.Line > ids.Count, $"problem reported at line {problem.Line}, before the last article read");
    }

    [Fact]
    public void Read_GzipCutRightAfterItsHeader_ReportsAProblem()
    {
        var bytes = Gzip.Compress(ManyLines(50));
        var path = folder.Write("cut.jsonl.gz", bytes[..24]);

        var results = Read(path);

        Assert.DoesNotContain(results, r => r.Article is not null);
        Assert.Single(results, r => r.Problem is not null);
    }

    [Fact]
    public void Read_GzipMissingItsTrailer_KeepsEveryLineAndReportsAProblem()
    {
        var bytes = Gzip.Compress(ManyLines(50));
        var path = folder.Write("cut.jsonl.gz", bytes[..^8]);

        var results = Read(path);

        Assert.Equal(50, results.Count(r => r.Article is not null));
        Assert.NotNull(results.Last().Problem);
    }

    [Fact]
    public void Read_CompleteGzipWithoutFinalNewline_ReportsNoProblem()
    {
        var path = folder.Write("whole.jsonl.gz", Gzip.Compress(ManyLines(50)));

        var results = Read(path);

        Assert.Equal(50, results.Count);
        Assert.All(results, r => Assert.Null(r.Problem));
    }

    [Fact]
    public void Read_FileThatIsNotGzip_ReportsAProblem()
    {
        var path = folder.Write("fake.jsonl.gz", Line("a"));

        var results = Read(path);

        Assert.NotNull(Assert.Single(results).Problem);
    }
}
