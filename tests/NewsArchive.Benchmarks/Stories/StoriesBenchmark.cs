using System.Text;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Stories;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>
/// Measures the grouping of a corpus into stories: indexes it with the given thresholds, then
/// counts the stories and their sizes and writes a random sample of the stories of several
/// articles, with each article's date, outlet, headline and opening, to be read and judged.
/// </summary>
internal sealed class StoriesBenchmark(string corpus, string work, StoryOptions options, TextWriter output)
{
    public void Run(int sampleSize, int seed)
    {
        var indexPath = Path.Combine(work, "index");
        var indexer = new CorpusIndexer(new LuceneArchiveEngine(), CorpusReader.Default, NullLogger<CorpusIndexer>.Instance);
        var summary = indexer.Update(indexPath, [corpus], new CorpusIndexOptions { Rebuild = true, Run = new IndexRunOptions { Stories = options } });
        output.WriteLine($"Options: {options}");
        output.WriteLine($"Indexed {summary.Indexed:N0} articles in {summary.Elapsed.TotalSeconds:N1} s, of which grouping {summary.Stories.Elapsed.TotalSeconds:N1} s.");

        using var directory = FSDirectory.Open(indexPath);
        using var reader = DirectoryReader.Open(directory);
        var table = StoryTable.For(new IndexSearcher(reader));
        var stories = table.All().ToList();
        var several = stories.Where(s => s.Members.Length > 1).ToList();
        output.WriteLine($"{reader.NumDocs:N0} articles in {stories.Count:N0} stories; {several.Count:N0} stories have several articles ({several.Sum(s => s.Members.Length):N0} articles).");
        foreach (var (label, low, high) in new[] { ("1", 1, 1), ("2", 2, 2), ("3-5", 3, 5), ("6-10", 6, 10), ("11-50", 11, 50), (">50", 51, int.MaxValue) })
            output.WriteLine($"  size {label,-6} {stories.Count(s => s.Members.Length >= low && s.Members.Length <= high),8:N0} stories");
        output.WriteLine("Largest:");
        foreach (var (_, members) in several.OrderByDescending(s => s.Members.Length).Take(8))
            output.WriteLine($"  {members.Length,5}  {Describe(reader, members[0]).Title}");

        var sample = several.OrderBy(s => s.Story.Value).ToList();
        new Random(seed).Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(sample));
        var path = Path.Combine(work, "sample.md");
        File.WriteAllText(path, SampleText(reader, sample.Take(sampleSize)));
        output.WriteLine($"Wrote {Math.Min(sampleSize, sample.Count)} stories to read to {path}");
    }

    private static string SampleText(IndexReader reader, IEnumerable<(StoryId Story, int[] Members)> stories)
    {
        var text = new StringBuilder();
        var number = 0;
        foreach (var (story, members) in stories)
        {
            text.AppendLine($"## {++number}. story {story} ({members.Length} articles)");
            foreach (var doc in members.Take(8))
            {
                var article = Describe(reader, doc);
                var opening = article.Body.Length > 220 ? article.Body[..220] + "…" : article.Body;
                text.AppendLine($"- {article.Date:yyyy-MM-dd HH:mm} | {article.Source} | {article.Id} | **{article.Title}** — {opening.ReplaceLineEndings(" ")}");
            }
            if (members.Length > 8) text.AppendLine($"- … {members.Length - 8} more");
            text.AppendLine();
        }
        return text.ToString();
    }

    private static Article Describe(IndexReader reader, int doc) => ArticleDocument.ToArticle(reader.Document(doc));
}
