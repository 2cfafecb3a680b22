using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>The five seed articles about one phone call, found by the names they spell differently.</summary>
[Collection(ArchiveCollection.Name)]
public class SeedSearchTests(ArchiveFixture archive)
{
    private const string S0 = "000_0991502cd2966729.txt", S1 = "001_e8e74c77bd022465.txt", S2 = "002_00d06213086799bc.txt",
        S3 = "003_3dab90f634ad840a.txt", S4 = "004_575892bb0f18c275.txt";

    private IEnumerable<string> Ids(string query) =>
        archive.AllHits(new SearchRequest { Query = query }).Select(h => h.Id).Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("Tokayev")]
    [InlineData("tokayev")]
    [InlineData("TOKAYEV")]
    [InlineData("Tokáyev")]
    public void Tokayev_FindsAllFiveSeeds(string query)
    {
        Assert.Equal([S0, S1, S2, S3, S4], Ids(query));
    }

    [Fact]
    public void Tileuberdi_FindsTheThreeSeedsSpellingItSo()
    {
        Assert.Equal([S0, S1, S4], Ids("Tileuberdi"));
    }

    [Fact]
    public void Tleuberdi_FindsTheTwoSeedsSpellingItSo()
    {
        Assert.Equal([S2, S3], Ids("Tleuberdi"));
    }

    [Fact]
    public void EitherSpelling_FindsAllFive()
    {
        Assert.Equal([S0, S1, S2, S3, S4], Ids("Tileuberdi OR Tleuberdi"));
    }
}
