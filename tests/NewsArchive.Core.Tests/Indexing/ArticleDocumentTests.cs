using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using NewsArchive.Core.Articles;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Writing;

namespace NewsArchive.Core.Tests.Indexing;

/// <summary>An article written to the index and read back is the same article.</summary>
public class ArticleDocumentTests
{
    private static Article RoundTrip(Article article) => RoundTrip([article])[0];

    /// <summary>Writes the articles with one builder, as an indexing thread does, and reads each back.</summary>
    private static List<Article> RoundTrip(IReadOnlyList<Article> articles)
    {
        using var directory = new RAMDirectory();
        using var analyzer = ArchiveAnalyzer.Create();
        var builder = new ArticleDocumentBuilder();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveSchema.Version, analyzer)))
            foreach (var article in articles) writer.AddDocument(builder.Build(article));
        using var reader = DirectoryReader.Open(directory);
        var searcher = new IndexSearcher(reader);
        return articles.Select(article =>
        {
            var top = searcher.Search(new TermQuery(ArticleDocument.IdTerm(article.Id)), 1);
            Assert.Equal(1, top.TotalHits);
            return ArticleDocument.ToArticle(searcher.Doc(top.ScoreDocs[0].Doc));
        }).ToList();
    }

    [Fact]
    public void RoundTrip_OneBuilderForManyArticles_LeavesNothingOfOneInTheNext()
    {
        var full = new Article
        {
            Id = "a",
            Title = "Cocoa",
            Body = "Cocoa rose.",
            Source = "Reuters",
            Date = new DateTimeOffset(1987, 2, 26, 0, 0, 0, TimeSpan.Zero),
            Dateline = "SALVADOR",
            Url = "https://example.com/a",
            Authors = ["Ann Lee", "Bo Chen"],
            Keywords = new Dictionary<string, IReadOnlyList<string>> { ["topics"] = ["cocoa", "coffee"], ["places"] = ["brazil"] },
        };
        var bare = new Article { Id = "b", Title = "Tin", Body = "Tin fell.", Keywords = new Dictionary<string, IReadOnlyList<string>> { ["topics"] = ["tin"] } };
        var again = full with { Id = "c", Authors = ["Cy Dee"], Keywords = new Dictionary<string, IReadOnlyList<string>> { ["topics"] = ["gold", "silver", "zinc"] } };

        var read = RoundTrip([full, bare, again]);

        Assert.Equivalent(full, read[0]);
        Assert.Equivalent(bare, read[1]);
        Assert.Null(read[1].Source);
        Assert.Null(read[1].Date);
        Assert.Empty(read[1].Authors);
        Assert.Equal(["tin"], read[1].Keywords["topics"]);
        Assert.Equivalent(again, read[2]);
    }

    [Fact]
    public void RoundTrip_FullArticle_KeepsEveryField()
    {
        var article = new Article
        {
            Id = "reuters-1",
            Title = "BAHIA COCOA REVIEW",
            Body = "Showers continued.\n\nThe dry period means the temporao will be late.\n\nArrivals rose.",
            Source = "Reuters",
            Date = new DateTimeOffset(1987, 2, 26, 15, 1, 1, 123, TimeSpan.Zero),
            Dateline = "SALVADOR, Feb 26",
            Url = "https://example.com/reuters-1",
            Authors = ["Ann Lee", "Bo Chen"],
            Keywords = new Dictionary<string, IReadOnlyList<string>>
            {
                ["topics"] = ["cocoa", "coffee"],
                ["places"] = ["brazil"],
            },
        };

        var back = RoundTrip(article);

        Assert.Equal(article.Id, back.Id);
        Assert.Equal(article.Title, back.Title);
        Assert.Equal(article.Body, back.Body);
        Assert.Equal(article.Paragraphs, back.Paragraphs);
        Assert.Equal(article.Source, back.Source);
        Assert.Equal(article.Date, back.Date);
        Assert.Equal(TimeSpan.Zero, back.Date!.Value.Offset);
        Assert.Equal(article.Dateline, back.Dateline);
        Assert.Equal(article.Url, back.Url);
        Assert.Equal(article.Authors, back.Authors);
        Assert.Equal(article.Keywords.Keys.Order(), back.Keywords.Keys.Order());
        foreach (var (list, values) in article.Keywords) Assert.Equal(values, back.Keywords[list]);
    }

    [Fact]
    public void RoundTrip_ArticleWithOnlyRequiredFields_LeavesTheRestEmpty()
    {
        var back = RoundTrip(new Article { Id = "seeds/000", Title = "Talks", Body = "The talks began." });

        Assert.Equal("seeds/000", back.Id);
        Assert.Equal("Talks", back.Title);
        Assert.Equal("The talks began.", back.Body);
        Assert.Null(back.Source);
        Assert.Null(back.Date);
        Assert.Null(back.Dateline);
        Assert.Null(back.Url);
        Assert.Empty(back.Authors);
        Assert.Empty(back.Keywords);
    }

    [Fact]
    public void RoundTrip_SourceKeepsItsDisplayCase()
    {
        var back = RoundTrip(new Article { Id = "a", Title = "T", Body = "B", Source = "The Daily Item" });

        Assert.Equal("The Daily Item", back.Source);
    }

    [Fact]
    public void RoundTrip_DateWithOffset_IsTheSameInstantInUtc()
    {
        var date = new DateTimeOffset(2022, 1, 10, 15, 30, 0, TimeSpan.FromHours(5));

        var back = RoundTrip(new Article { Id = "a", Title = "T", Body = "B", Date = date });

        Assert.Equal(date, back.Date);
        Assert.Equal(new DateTimeOffset(2022, 1, 10, 10, 30, 0, TimeSpan.Zero), back.Date!.Value);
        Assert.Equal(TimeSpan.Zero, back.Date.Value.Offset);
    }

    [Fact]
    public void RoundTrip_DateBeforeTheEpoch_IsKept()
    {
        var date = new DateTimeOffset(1969, 12, 31, 23, 59, 59, TimeSpan.Zero);

        Assert.Equal(date, RoundTrip(new Article { Id = "a", Title = "T", Body = "B", Date = date }).Date);
    }

    [Fact]
    public void StemmedTwins_KeepFrequencies_NotPositions_ExactFieldsKeepBoth()
    {
        using var directory = new RAMDirectory();
        using var analyzer = ArchiveAnalyzer.Create();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(ArchiveSchema.Version, analyzer)))
            writer.AddDocument(new ArticleDocumentBuilder().Build(new Article { Id = "a", Title = "Protests grow", Body = "Protesters protested." }));
        using var reader = DirectoryReader.Open(directory);
        var fields = MultiFields.GetMergedFieldInfos(reader);

        Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(ArchiveSchema.TitleStem).IndexOptions);
        Assert.Equal(IndexOptions.DOCS_AND_FREQS, fields.FieldInfo(ArchiveSchema.BodyStem).IndexOptions);
        Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(ArchiveSchema.Title).IndexOptions);
        Assert.Equal(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, fields.FieldInfo(ArchiveSchema.Body).IndexOptions);
        Assert.Equal(2, reader.TotalTermFreq(new Term(ArchiveSchema.BodyStem, "protest")));
    }
}
