using NewsArchive.Core.Articles;
using NewsArchive.Core.Reading;

namespace NewsArchive.Core.Tests.Reading;

/// <summary>The five real articles in corpus/seeds, read as the indexer reads them.</summary>
public class SeedArticleTests
{
    private static Article ReadSeed(string fileName)
    {
        var result = Assert.Single(new PlainTextReader().Read(SeedCorpus.PathOf(fileName), fileName[..^4]));
        Assert.Null(result.Problem);
        return result.Article!;
    }

    [Fact]
    public void Read_SeedWithoutMetadata_HasNoDateNorSourceAndTitlesByFirstSentence()
    {
        var article = ReadSeed("000_0991502cd2966729.txt");

        Assert.Equal("000_0991502cd2966729", article.Id);
        Assert.Equal(
            "Chinese Foreign Minister Wang Yi expressed readiness to “firmly support” Kazakhstan in maintaining stability and…",
            article.Title);
        Assert.Null(article.Date); // "protests erupted on January 2" is prose, not a date
        Assert.Null(article.Source); // neither "(Inputs from AP)" nor "AP reported" tags a source
        Assert.Null(article.Dateline);
        Assert.StartsWith("Chinese Foreign Minister Wang Yi expressed readiness", article.Body);
        Assert.EndsWith("(Inputs from AP)", article.Body);
    }

    [Fact]
    public void Read_SeedWithDatelineAndAgency_InfersDateSourceAndPlace()
    {
        var article = ReadSeed("001_e8e74c77bd022465.txt");

        Assert.Equal(new DateTimeOffset(2022, 1, 10, 0, 0, 0, TimeSpan.Zero), article.Date);
        Assert.Equal("TDI", article.Source);
        Assert.Equal("Beijing", article.Dateline);
        Assert.Equal(
            "Chinese State Councilor and Foreign Minister, Wang Yi called the Kazakh Deputy Prime Minister and Foreign Minister…",
            article.Title);
        Assert.StartsWith("Beijing, 10 January 2022 (TDI): Chinese State Councilor", article.Body);
    }

    [Fact]
    public void Read_SeedWithLeadingDateMarker_TakesDateAndDropsMarkerFromBody()
    {
        var article = ReadSeed("002_00d06213086799bc.txt");

        Assert.Equal(new DateTimeOffset(2022, 1, 10, 0, 0, 0, TimeSpan.Zero), article.Date);
        Assert.Null(article.Source);
        Assert.Null(article.Dateline);
        Assert.False(article.Body.TrimStart().StartsWith("date", StringComparison.OrdinalIgnoreCase));
        Assert.StartsWith("As a permanent comprehensive strategic partner of Kazakhstan", article.Body);
        Assert.StartsWith("As a permanent comprehensive strategic partner of Kazakhstan", article.Title);
        Assert.EndsWith("…", article.Title);
    }

    [Fact]
    public void Read_SeedWithTitleLineAndCapitalisedDateline_TakesTitleAndPlaceButNoDate()
    {
        var article = ReadSeed("003_3dab90f634ad840a.txt");

        Assert.Equal(
            "Supporting Kazakhstan To Ensure Stability, Foreign Minister Wang Yi: China And Russia Must Be Against External Power",
            article.Title);
        Assert.Null(article.Date); // "late Monday" is no date
        Assert.Null(article.Source);
        Assert.Equal("JAKARTA", article.Dateline);
        Assert.StartsWith("JAKARTA - China supports the Russian-led", article.Body);
        Assert.DoesNotContain("Supporting Kazakhstan To Ensure Stability", article.Body);
    }

    [Fact]
    public void Read_SeedWithPublishedLine_TakesDateAndTimeAndDropsTheLine()
    {
        var article = ReadSeed("004_575892bb0f18c275.txt");

        Assert.Equal("Kazakhstan will emerge more resilient from dark hour: FM", article.Title);
        Assert.Equal(new DateTimeOffset(2022, 1, 11, 1, 15, 0, TimeSpan.Zero), article.Date);
        Assert.Null(article.Source);
        Assert.Null(article.Dateline);
        Assert.DoesNotContain("Published:", article.Body);
        Assert.StartsWith("China welcomes Tokayev to attend opening of Olympics, sign of confidence", article.Body);
    }

    [Fact]
    public void Read_EverySeed_KeepsEveryParagraphExceptPureMetadata()
    {
        foreach (var file in Directory.EnumerateFiles(SeedCorpus.Folder, "*.txt"))
        {
            var article = ReadSeed(Path.GetFileName(file));
            var original = Paragraphs.Split(File.ReadAllText(file)).ToList();
            var kept = new[] { article.Title }.Concat(article.Paragraphs).ToList();

            var missing = original.Where(p => !kept.Any(k => p.EndsWith(k, StringComparison.Ordinal))).ToList();
            Assert.True(
                missing.All(p => p.StartsWith("Published:", StringComparison.Ordinal)),
                $"{Path.GetFileName(file)} lost: {string.Join(" | ", missing)}");
        }
    }
}
