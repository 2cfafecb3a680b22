using Lucene.Net.Index;
using Microsoft.Extensions.Logging.Abstractions;
using NewsArchive.Core.Ingest;
using NewsArchive.Core.Reading;
using NewsArchive.Core.Search.Counting;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Readers;
using NewsArchive.LuceneEngine.Search;
using NewsArchive.LuceneEngine.Stories;
using NewsArchive.LuceneEngine.Stories.Features;

namespace NewsArchive.Core.Tests.Stories;

/// <summary>The days about a date and the articles of each term there, against a look at every article.</summary>
public class EventWindowTests
{
    private static readonly string[] Words = ["harbour", "crane", "election", "senate", "vaccine", "wildfire", "tariff", "summit", "verdict", "strike"];

    [Fact]
    public void MovingThroughTheArchive_HoldsExactlyTheArticlesOfTheDaysAbout_EachDate()
    {
        using var folder = new TempFolder("newsarchive-window-");
        var random = new Random(7);
        var start = TestArticle.Utc(2024, 1, 1);
        var articles = Enumerable.Range(0, 300).Select(i => TestArticle.Make(
            $"a{i}",
            string.Join(' ', Enumerable.Range(0, 3).Select(_ => Words[random.Next(Words.Length)])),
            string.Join(' ', Enumerable.Range(0, 8).Select(_ => Words[random.Next(Words.Length)])) + ".",
            // A few undated, which no window holds.
            i % 25 == 0 ? null : start.AddHours(random.Next(60 * 24))));
        new IndexBuilder(new LuceneArchiveEngine(), NullLogger<IndexBuilder>.Instance).Build(folder.Path, articles.Select(ReadResult.Of));

        using var index = ArchiveIndex.Open(folder.Path);
        using var lease = index.Acquire();
        var reader = lease.Searcher.IndexReader;
        var dates = Enumerable.Range(0, reader.MaxDoc).Select(doc => DateOf(reader, doc)).ToArray();
        var source = new StoryFeatureSource(reader);
        var features = source.NewReader();
        var halfWidth = 3 * EpochDays.MillisPerDay;
        var window = new EventWindow(features, StoryGrouper.DatedByDate(reader, dates), dates, halfWidth);

        var terms = Enumerable.Range(0, reader.MaxDoc).SelectMany(doc => features.Of(doc).Vector.Terms.Select(t => t.Term)).Distinct().ToList();
        Assert.True(terms.Count >= Words.Length, "every word is a term of some article (as its stem)");
        foreach (var centre in Enumerable.Range(0, 40).Select(_ => start.AddHours(random.Next(-72, 63 * 24)).ToUnixTimeMilliseconds()).Order())
        {
            window.MoveTo(centre);
            foreach (var term in terms)
            {
                var expected = Enumerable.Range(0, reader.MaxDoc)
                    .Where(doc => dates[doc] != SegmentCache.NoDate && Math.Abs(dates[doc] - centre) <= halfWidth)
                    .Where(doc => features.Of(doc).Vector.Terms.Any(t => t.Term == term))
                    .ToList();
                Assert.Equal(expected, window.With(source.TermNumber(term)).ToArray().Order().ToList());
            }
        }
    }

    private static long DateOf(IndexReader reader, int doc) =>
        reader.Document(doc).GetField(ArchiveSchema.Date)?.GetInt64Value() ?? SegmentCache.NoDate;
}
