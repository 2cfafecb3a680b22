using System.CommandLine;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Search;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Indexer.Tests;

/// <summary>A folder mixing every format: all readable articles indexed with their outlet and date, each unusable file reported once.</summary>
public sealed class MixedFormatTests : IDisposable
{
    private readonly TempFolder folder = new("newsarchive-mixed-");

    public MixedFormatTests() => MixedCorpus.WriteTo(Directory.CreateDirectory(folder.PathOf("corpus")).FullName);

    public void Dispose() => folder.Dispose();

    private (int ExitCode, string Output) Run(params string[] args)
    {
        var output = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance).Parse(args)
            .Invoke(new InvocationConfiguration { Output = output, Error = new StringWriter() });
        return (exitCode, output.ToString());
    }

    [Fact]
    public void Run_MixedFolder_IndexesEveryFormatWithItsSourceAndDate()
    {
        var (exitCode, output) = Run(folder.PathOf("corpus"), "--index", folder.PathOf("index"));

        Assert.Equal(0, exitCode);
        Assert.Contains($"Indexed {MixedCorpus.Expected.Count} articles", output);
        using var index = ArchiveIndex.Open(folder.PathOf("index"));
        var searcher = new ArchiveSearcher(index, ArchiveAnalyzer.Create());
        foreach (var (id, (source, day)) in MixedCorpus.Expected)
        {
            var article = searcher.Article(id, null)?.Article;
            Assert.True(article is not null, $"{id} was not indexed");
            Assert.Equal((source, day), (article.Source, article.Date?.ToString("yyyy-MM-dd")));
        }
        var facets = searcher.Search(new SearchRequest { Query = "harbour" });
        Assert.Equal(MixedCorpus.Expected.Values.Select(e => e.Source).Order(), facets.Sources.Select(s => s.Value).Order());
        Assert.Equal(MixedCorpus.Expected.Count, facets.Dates.Buckets.Sum(b => b.Count));
    }

    [Fact]
    public void Run_MixedFolder_ReportsEachUnusableFileOnceWithItsReason()
    {
        var (_, output) = Run(folder.PathOf("corpus"), "--index", folder.PathOf("index"));

        Assert.Contains($"Skipped ({MixedCorpus.Unusable.Count}):", output);
        foreach (var (file, reason) in MixedCorpus.Unusable)
        {
            var lines = output.Split('\n').Where(line => line.Contains(file)).ToList();
            Assert.True(lines.Count == 1, $"{file} should have exactly one line in:\n{output}");
            Assert.Contains(reason, lines[0]);
        }
        Assert.DoesNotContain(".meta.json", output);
    }

    [Fact]
    public void Run_StrictOnMixedFolder_FailsBecauseOfTheSkippedFiles()
    {
        var (exitCode, _) = Run(folder.PathOf("corpus"), "--index", folder.PathOf("index"), "--strict");

        Assert.Equal(IndexerCommand.SkippedInputs, exitCode);
    }

    [Fact]
    public void Run_WithMap_TakesTheBodyFromTheNamedField()
    {
        var input = Directory.CreateDirectory(folder.PathOf("mapped")).FullName;
        File.WriteAllText(Path.Combine(input, "export.jsonl"), """{"id": "m-1", "title": "Tide tables", "story_text": "The tide tables for the estuary were published."}""");

        var (exitCode, _) = Run(input, "--index", folder.PathOf("index"), "--map", "body=story_text");

        Assert.Equal(0, exitCode);
        using var index = ArchiveIndex.Open(folder.PathOf("index"));
        Assert.Equal(1, new ArchiveSearcher(index, ArchiveAnalyzer.Create()).Search(new SearchRequest { Query = "estuary" }).Total);
    }

    [Theory]
    [InlineData("body")]
    [InlineData("colour=red")]
    public void Run_WithBadMap_FailsNamingTheEntry(string entry)
    {
        var error = new StringWriter();
        var exitCode = IndexerCommand.Create(NullLoggerFactory.Instance)
            .Parse([folder.PathOf("corpus"), "--index", folder.PathOf("index"), "--map", entry])
            .Invoke(new InvocationConfiguration { Output = new StringWriter(), Error = error });

        Assert.NotEqual(0, exitCode);
        Assert.Contains(entry, error.ToString());
    }
}
