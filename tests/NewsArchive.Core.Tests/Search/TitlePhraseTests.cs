using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>A pasted headline ranks the article titled with it above others that have its words.</summary>
public sealed class TitlePhraseTests : IDisposable
{
    private const string Headline = "JAPAN TO CURB VEHICLE EXPORTS TO EC";

    private readonly SmallArchive archive = new(
        TestArticle.Make("titled", Headline, "Tokyo said it would act, officials said on Tuesday."),
        TestArticle.Make("about", "Trade talks in Brussels",
            "Japan may curb vehicle exports to the EC, and the EC wants Japan to curb vehicle exports soon; " +
            "Japan said vehicle exports to the EC would be curbed if the EC asked Japan to curb them."),
        TestArticle.Make("other", "Vehicle exports to the EC", "Japan and Korea sell cars; to curb them is hard."));

    public void Dispose() => archive.Dispose();

    [Theory]
    [InlineData(Headline)]
    [InlineData("Japan to curb vehicle exports to EC")]
    [InlineData("Japan to curb exports to EC")]
    public void APastedHeadline_RanksTheArticleTitledWithItFirst(string query)
    {
        var ids = archive.Ids(new SearchRequest { Query = query });

        Assert.Equal("titled", ids[0]);
        Assert.Contains("about", ids);
    }

    [Fact]
    public void TheTitlePhrase_OnlyScores_WhatMatchesIsTheWords()
    {
        Assert.Equal(
            archive.Search(new SearchRequest { Query = "vehicle exports curb", ExactWords = true }).Total,
            archive.Search(new SearchRequest { Query = "curb vehicle exports" }).Total);
    }
}
