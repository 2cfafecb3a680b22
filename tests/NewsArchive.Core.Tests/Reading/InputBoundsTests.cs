using System.IO.Compression;
using System.Text;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>
/// Every input is bounded: the caps are options, so each is tried here with a tiny limit on a
/// small file, while the real bombs are run against the real indexer in the Indexer tests.
/// </summary>
public sealed class InputBoundsTests : IDisposable
{
    private readonly TempFolder folder = new("input-bounds-");

    public void Dispose() => folder.Dispose();

    private List<ReadResult> Read(string relative, ReadingOptions options) =>
        CorpusReader.Create(options).ReadFile(new CorpusFile(folder.PathOf(relative), folder.Path)).ToList();

    private static List<ReadProblem> Problems(List<ReadResult> results) =>
        results.Where(r => r.Problem is not null).Select(r => r.Problem!).ToList();

    private static List<string> Titles(List<ReadResult> results) =>
        results.Where(r => r.Article is not null).Select(r => r.Article!.Title).ToList();

    private static string Record(int i) => $$"""{"title": "Story {{i}}", "body": "Text of story {{i}}."}""";

    [Fact]
    public void Gzip_ExpandingPastTheSizeLimit_KeepsWhatCameBeforeAndSaysWhy()
    {
        folder.Write("big.jsonl.gz", Gzip.Compress(string.Join('\n', Enumerable.Range(1, 20_000).Select(Record))));

        var results = Read("big.jsonl.gz", ReadingOptions.Default with { MaxDecompressedBytes = 100_000 });

        Assert.InRange(Titles(results).Count, 1000, 2500);
        var problem = Assert.Single(Problems(results));
        Assert.Contains("expands past the limit", problem.Reason);
    }

    [Fact]
    public void Gzip_ExpandingAThousandTimes_IsStoppedAsABomb()
    {
        // 80 MB of one letter, on one line, compresses to about 80 KB.
        var path = folder.PathOf("bomb.jsonl.gz");
        using (var gzip = new GZipStream(File.Create(path), CompressionLevel.Optimal))
        {
            var block = Encoding.ASCII.GetBytes(new string('x', 1 << 16));
            for (long written = 0; written < 80L * 1024 * 1024; written += block.Length) gzip.Write(block);
        }

        var results = Read("bomb.jsonl.gz", ReadingOptions.Default);

        Assert.Empty(Titles(results));
        Assert.Contains("expands more than 100 times", Problems(results)[^1].Reason);
    }

    [Fact]
    public void JsonLines_LineOverTheRecordLimit_IsSkippedWithItsLineAndTheNextOnesRead()
    {
        folder.Write("a.jsonl", string.Join('\n', Record(1), $$"""{"title": "Long", "body": "{{new string('x', 5000)}}"}""", Record(3)));

        var results = Read("a.jsonl", ReadingOptions.Default with { MaxRecordChars = 1000 });

        Assert.Equal(["Story 1", "Story 3"], Titles(results));
        var problem = Assert.Single(Problems(results));
        Assert.Equal(2, problem.Line);
        Assert.Contains("over the limit of 1,000", problem.Reason);
    }

    [Fact]
    public void JsonArray_ElementOverTheRecordLimit_IsReported()
    {
        folder.Write("a.json", $$"""[{{Record(1)}}, {"title": "Long", "body": "{{new string('x', 5000)}}"}]""");

        var results = Read("a.json", ReadingOptions.Default with { MaxRecordChars = 1000 });

        Assert.Equal(["Story 1"], Titles(results));
        Assert.Contains("element 2: over the limit of 1,000", Assert.Single(Problems(results)).Reason);
    }

    [Fact]
    public void JsonArray_OnOneLineLongerThanTheRecordLimit_IsStillReadElementByElement()
    {
        folder.Write("a.json", "[" + string.Join(", ", Enumerable.Range(1, 100).Select(Record)) + "]");

        var results = Read("a.json", ReadingOptions.Default with { MaxRecordChars = 1000 });

        Assert.Equal(100, Titles(results).Count);
        Assert.Empty(Problems(results));
    }

    [Fact]
    public void JsonDocument_OverTheRecordLimit_IsReported()
    {
        folder.Write("a.json", "{\n\"title\": \"Long\",\n\"body\": \"" + new string('x', 5000) + "\"\n}\n");

        var results = Read("a.json", ReadingOptions.Default with { MaxRecordChars = 1000 });

        Assert.Contains("over the limit of 1,000", Assert.Single(results).Problem!.Reason);
    }

    [Fact]
    public void MalformedOneLineJson_IsReportedAtLineOne()
    {
        folder.Write("bad.json", "{\"title\": \"Unclosed\", \"body\": \"x\"\n");

        var problem = Assert.Single(Read("bad.json", ReadingOptions.Default)).Problem!;

        Assert.Equal(1, problem.Line);
        Assert.Contains("malformed JSON", problem.Reason);
    }

    [Fact]
    public void ArticleText_OverTheLimit_KeepsItsFirstPartWithAWarning()
    {
        folder.Write("long.txt", "A long story\n\n" + string.Join(' ', Enumerable.Repeat("word", 1000)));

        var result = Assert.Single(Read("long.txt", ReadingOptions.Default with { MaxArticleChars = 100 }));

        Assert.InRange(result.Article!.Body.Length, 90, 100);
        Assert.EndsWith("word", result.Article.Body);
        Assert.Contains("text cut to its first 100 characters", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public void Title_OverTheLimit_IsShortenedWithAWarning()
    {
        folder.Write("a.jsonl", $$"""{"title": "{{string.Join(' ', Enumerable.Repeat("long", 100))}}", "body": "Text."}""");

        var result = Assert.Single(Read("a.jsonl", ReadingOptions.Default with { MaxTitleChars = 50 }));

        Assert.InRange(result.Article!.Title.Length, 40, 50);
        Assert.Contains("title cut to its first 50 characters (of 499)", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public void ManyBadLines_AreToldUpToTheLimitThenCounted()
    {
        folder.Write("bad.jsonl", string.Join('\n', Enumerable.Range(1, 10).Select(i => "{ bad " + i)) + "\n" + Record(11));

        var results = Read("bad.jsonl", ReadingOptions.Default with { MaxProblemsPerFile = 3 });

        Assert.Equal(["Story 11"], Titles(results));
        var problems = Problems(results);
        Assert.Equal([1, 2, 3, null, 10], problems.Select(p => p.Line));
        Assert.Equal("and 6 more problems in this file", problems[^2].Reason);
    }

    [Fact]
    public void ManyWarnings_AreToldUpToTheLimitThenCounted()
    {
        folder.Write("dates.jsonl", string.Join('\n', Enumerable.Range(1, 10).Select(i => $$"""{"title": "T{{i}}", "body": "B", "date": "someday"}""")));

        var results = Read("dates.jsonl", ReadingOptions.Default with { MaxProblemsPerFile = 3 });

        Assert.Equal(10, Titles(results).Count);
        var warnings = results.SelectMany(r => r.Warnings).ToList();
        Assert.Equal(4, warnings.Count);
        Assert.Equal("and 7 more warnings in this file", warnings[^1].Reason);
    }

    [Fact]
    public async Task FrontMatter_BillionLaughs_IsIgnoredAndTheTextRead()
    {
        folder.Write("laughs.md", "---\n" + YamlBombs.BillionLaughs + "\n---\n# Real title\n\nReal text.\n");

        var result = Assert.Single(await Task.Run(() => Read("laughs.md", ReadingOptions.Default)).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal("Real title", result.Article!.Title);
        Assert.Contains("more than 20 aliases", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public async Task Sidecar_BillionLaughs_IsIgnoredWithAWarning()
    {
        folder.Write("story.txt", "Real title\n\nReal text.");
        folder.Write("story.meta.yaml", YamlBombs.BillionLaughs);

        var result = Assert.Single(await Task.Run(() => Read("story.txt", ReadingOptions.Default)).WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal("Real title", result.Article!.Title);
        Assert.Contains("sidecar ignored: over the limits of YAML", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public void FrontMatter_FewAliasesExpandingPastTheValueLimit_IsIgnored()
    {
        folder.Write("laughs.md", "---\n" + YamlBombs.BillionLaughs + "\n---\n# Real title\n\nReal text.\n");

        var result = Assert.Single(Read("laughs.md", ReadingOptions.Default with { MaxYamlAliases = 1000 }));

        Assert.Contains("more than 10,000 values", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public void FrontMatter_NestedDeeperThanTheLimit_IsIgnored()
    {
        folder.Write("deep.md", "---\ntitle: Deep\nx: " + new string('[', 100_000) + "\n---\n# Real title\n\nReal text.\n");

        var result = Assert.Single(Read("deep.md", ReadingOptions.Default));

        Assert.Equal("Real title", result.Article!.Title);
        Assert.Contains("nested more than 20 levels deep", Assert.Single(result.Warnings).Reason);
    }

    [Fact]
    public void FrontMatter_AFewAliases_AreStillRead()
    {
        folder.Write("ok.md", "---\ntitle: &t Harbour reopens\nsource: Wire\ntags: [*t, port]\n---\nText.\n");

        var result = Assert.Single(Read("ok.md", ReadingOptions.Default));

        Assert.Empty(result.Warnings);
        Assert.Equal("Harbour reopens", result.Article!.Title);
    }
}
