using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Choosing sources narrows the hits but not the source facet itself.</summary>
[Collection(ArchiveCollection.Name)]
public class SourceFacetTests(ArchiveFixture archive)
{
    [Fact]
    public void Search_WithSourceSelected_CountsOtherSourcesToo()
    {
        var results = archive.Search(new SearchRequest { Query = "kazakhstan", Sources = ["TDI"] });

        Assert.Equal(1, results.Total);
        Assert.All(results.Hits, hit => Assert.Equal("TDI", hit.Source));
        Assert.Equal([new FacetValue("Reuters", 4), new FacetValue("Global Times", 1), new FacetValue("TDI", 1)], results.Sources);
    }

    [Fact]
    public void Search_WithSourceSelected_OtherFacetsCountOnlyTheSelectedSource()
    {
        var results = archive.Search(new SearchRequest { Query = "cocoa", Sources = ["TDI"] });

        Assert.Equal(0, results.Total);
        Assert.Empty(results.Dates.Buckets);
        Assert.Equal(0, results.Dates.Undated);
        Assert.Empty(results.Keywords);
        Assert.Equal([new FacetValue("Reuters", 129)], results.Sources);
    }

    [Fact]
    public void Search_WithSourceAndDateSelected_SourceCountsKeepTheDateFilter()
    {
        var request = new SearchRequest { Query = "coffee", Sources = ["TDI"], From = new DateOnly(1987, 3, 1), To = new DateOnly(1987, 3, 31) };

        var results = archive.Search(request);
        var withoutSource = archive.Search(request with { Sources = [] });

        Assert.Equal(0, results.Total);
        Assert.Equal(withoutSource.Sources, results.Sources);
        Assert.Equal(withoutSource.Total, results.Sources.Sum(s => s.Count));
    }

    [Fact]
    public void Search_WithTwoSourcesSelected_MatchesEither()
    {
        var results = archive.Search(new SearchRequest { Query = "kazakhstan", Sources = ["Reuters", "TDI"] });

        Assert.Equal(5, results.Total);
    }

    [Fact]
    public void Search_SourceSelection_IgnoresCase()
    {
        var exact = archive.Search(new SearchRequest { Query = "kazakhstan", Sources = ["TDI"] });
        var lower = archive.Search(new SearchRequest { Query = "kazakhstan", Sources = ["tdi"] });

        Assert.Equal(exact.Total, lower.Total);
        Assert.Equal(exact.Hits.Select(h => h.Id), lower.Hits.Select(h => h.Id));
    }

    [Fact]
    public void Search_UnknownSourceSelected_FindsNothingButStillCountsTheSources()
    {
        var results = archive.Search(new SearchRequest { Query = "kazakhstan", Sources = ["Nobody"] });

        Assert.Equal(0, results.Total);
        Assert.Equal(6, results.Sources.Sum(s => s.Count));
    }
}
