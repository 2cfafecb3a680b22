using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Headlines with censored words, stressed operators, footnote stars and odd quotes find their article first.</summary>
public sealed class PastedTextSearchTests : IDisposable
{
    private readonly SmallArchive archive = new(
        TestArticle.Make("censored", "'Who's the sh*thole country now?': Journalist mocks US as COVID-19 infections rise", "The journalist asked who's the sh*thole country now."),
        TestArticle.Make("uncensored", "Trump said shithole countries, senators say", "The president used the word shithole about several countries."),
        TestArticle.Make("f-word", "Professor: Shut The F**k Up About Polls", "He told them to shut the f**k up."),
        TestArticle.Make("stressed", "FBI Claims Attempted GOP Assassinations Are ‘Assault’ — NOT Terrorism", "The FBI says the attacks are assault, not terrorism."),
        TestArticle.Make("terrorism", "FBI claims attacks on GOP are terrorism", "The FBI says the assault was terrorism."),
        TestArticle.Make("quote", "Obama slams Romney's comments about the debt: A \"cow pie of distortion'", "Obama called Romney's comments a cow pie of distortion."),
        TestArticle.Make("footnote", "Biden vows to win the fight*", "Biden vows to win the fight, with a footnote."),
        TestArticle.Make("fighters", "Biden vows to win over the fighters", "Biden vows to win over fighters in the party."),
        TestArticle.Make("immigration", "Immigration bill stalls", "Immigrants and immigration reform."),
        TestArticle.Make("trump", "Trump on immigration", "Trump speaks about immigration."),
        TestArticle.Make("hyphen", "Holder lashes out at Issa during tense hearing -calls conduct shameful", "Holder calls the conduct shameful."),
        TestArticle.Make("joined", "Bush in Berlin:Step Off, Vlad", "Bush told Putin to step off."),
        TestArticle.Make("minus", "Obama GDP Drops -0.7%… Recession Coming?", "GDP fell 0.7 percent."),
        TestArticle.Make("racist", "Trump: My tweets 'were NOT Racist'", "The president said his tweets were not racist."),
        TestArticle.Make("mojibake", "Are parties hurtling toward Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢?", "Congress and the fiscal cliff."),
        TestArticle.Make("bullsh", "From 'total exoneration' to 'total bullsh**': Trump lingers on damning report", "Trump called it total exoneration."),
        TestArticle.Make("double-dash", "Six things Trump can do to squeeze North Korea --without sparking war", "Trump could squeeze North Korea without sparking war."),
        TestArticle.Make("mojibake-question", "McCain to David Gregory: Ã¢â‚¬Å“Do You Care Whether Four Americans Died?Ã¢â‚¬Â (VIDEO)", "McCain asked whether he cared."),
        TestArticle.Make("women", "Women march in the capital", "Thousands of women marched."));

    [Theory]
    [InlineData("'Who's the sh*thole country now?': Journalist mocks US as COVID-19 infections rise", "censored")]
    [InlineData("Professor: Shut The F**k Up About Polls", "f-word")]
    [InlineData("FBI Claims Attempted GOP Assassinations Are ‘Assault’ — NOT Terrorism", "stressed")]
    [InlineData("Obama slams Romney's comments about the debt: A \"cow pie of distortion'", "quote")]
    [InlineData("Biden vows to win the fight*", "footnote")]
    [InlineData("Holder lashes out at Issa during tense hearing -calls conduct shameful", "hyphen")]
    [InlineData("Six things Trump can do to squeeze North Korea --without sparking war", "double-dash")]
    [InlineData("Bush in Berlin:Step Off, Vlad", "joined")]
    [InlineData("Obama GDP Drops -0.7%… Recession Coming?", "minus")]
    [InlineData("Trump: My tweets 'were NOT Racist'", "racist")]
    [InlineData("Are parties hurtling toward Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢?", "mojibake")]
    [InlineData("McCain to David Gregory: Ã¢â‚¬Å“Do You Care Whether Four Americans Died?Ã¢â‚¬Â (VIDEO)", "mojibake-question")]
    [InlineData("From 'total exoneration' to 'total bullsh**': Trump lingers on damning report", "bullsh")]
    public void PastedHeadline_FindsItsArticleFirst(string headline, string id)
    {
        var results = archive.Search(new SearchRequest { Query = headline });

        Assert.Null(results.Notice);
        Assert.Equal(id, Assert.IsType<SearchHit>(results.Hits.FirstOrDefault()).Id);
    }

    [Fact]
    public void StarEndingAHeadline_IsNoPrefix()
    {
        Assert.Equal(["footnote"], Ids("Biden vows to win the fight*"));
    }

    [Fact]
    public void CensoredWord_FindsItCensoredAndUncensored()
    {
        Assert.Equal(["censored", "uncensored"], Ids("sh*thole").Order());
    }

    [Theory]
    [InlineData("immig*", new[] { "immigration", "trump" })]
    [InlineData("wom*n", new[] { "women" })]
    [InlineData("immigration NOT trump", new[] { "immigration" })]
    [InlineData("immigration -trump", new[] { "immigration" })]
    public void TypedOperators_StillWork(string query, string[] ids)
    {
        Assert.Equal(ids.Order(), Ids(query).Order());
    }

    private List<string> Ids(string query) => archive.Ids(new SearchRequest { Query = query, ExactWords = true }).ToList();

    public void Dispose() => archive.Dispose();
}
