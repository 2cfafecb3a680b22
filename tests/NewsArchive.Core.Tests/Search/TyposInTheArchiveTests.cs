using NewsArchive.Core.Articles;
using NewsArchive.Core.Search;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// Real archives contain typos, so a word the archive has can still be misspelt: the far commoner
/// close spelling is offered, but not in place of another word or another person, nor when the
/// typed word already finds it through its forms. Shaped on the AllSides cases (Shumer 1 article,
/// Schumer 1,696; Kavanagh 13 with namesakes, Kavanaugh 838; Osama 313, Obama 15,586).
/// </summary>
public sealed class TyposInTheArchiveTests : IDisposable
{
    private readonly SmallArchive archive;

    public TyposInTheArchiveTests()
    {
        var articles = new List<Article>();
        void Add(int count, string body)
        {
            var first = articles.Count;
            for (var i = 0; i < count; i++)
                articles.Add(TestArticle.Make($"a{first + i}", $"Report {first + i}", body));
        }

        Add(60, "The bill passed, said Sen. Chuck Schumer of New York, and Mark Zuckerberg of Facebook agreed with Barack Obama on it.");
        Add(1, "Lawmakers met, and the leader Chuck Shumer of New York spoke.");
        Add(1, "Engineers were hired, and the founder Mark Zuckerburg of Facebook spoke.");
        Add(1, "Voters listened, and the former leader Barack Obmaa of Chicago spoke.");
        Add(300, "The hearing of Judge Brett Kavanaugh went on, as Brett Kavanaugh denied it.");
        Add(3, "The hearing of Judge Brett Kavanagh went on, as Brett Kavanagh denied it.");
        Add(3, "The petition of Sarah Kavanagh of Hattiesburg went on, as Sarah Kavanagh wrote.");
        Add(6, "The raid that killed Osama bin Laden was ordered, and Osama bin Laden died.");
        Add(400, "The plan of Barack Obama was early, and President Barack Obama said it was early.");
        Add(2, "The old band played as Earl Hines watched, and Earl Hines smiled.");
        Add(300, "The Senate voted, and Mitch McConnell said the Senate sent it back; the Senate and the House agreed.");
        Add(2, "They sent the bill to Bob McDonnell, and Bob McDonnell signed it.");
        Add(100, "The economic plan of the administration on immigration passed; their statements, said the Administration, were read, and certain of it.");
        Add(1, "The ecomomic plan passed.");
        Add(1, "Officials said the Immigation rules changed.");
        Add(1, "The curtain fell on the plan.");
        Add(1, "Officials of the Trump Adminsitration said so.");
        Add(4, "Their statment was read.");
        Add(1, "Their statments were read.");
        Add(30, "The bureau of Richard Cordray spoke, as Richard Cordray said.");
        Add(1, "The bureau of Richard Cordrary spoke.");
        Add(200, "Their executive met.");
        Add(40, "The executive officer resigned.");
        Add(4, "The exeuctive officer resigned.");
        Add(250, "The executives met.");
        Add(4, "The exeuctives gathered.");
        Add(100, "The investigations went on, and they did not stop.");
        Add(1, "The nvestigations went on.");
        Add(1, "They did nmot stop.");
        Add(60, "Carl Sagan spoke.");
        Add(400, "The car was red.");
        archive = new SmallArchive([.. articles]);
    }

    public void Dispose() => archive.Dispose();

    private string? Suggestion(string query) => archive.Search(new SearchRequest { Query = query, AsTyped = true }).Spelling.Suggestion?.Query;

    [Theory]
    [InlineData("Shumer", "Schumer")]
    [InlineData("Zuckerburg", "Zuckerberg")]
    [InlineData("Obmaa", "Obama")]
    public void ANameMisspeltInAnArticle_IsCorrectedToTheFarCommonerName(string query, string expected)
    {
        Assert.Equal(1, archive.Search(new SearchRequest { Query = query }).Total);

        Assert.Equal(expected, Suggestion(query));
    }

    [Fact]
    public void ANameMisspeltInSeveralArticles_AmongNamesakes_IsCorrectedWhenItKeepsTheNamesCompany()
    {
        Assert.Equal(6, archive.Search(new SearchRequest { Query = "Kavanagh" }).Total);

        Assert.Equal("Kavanaugh", Suggestion("Kavanagh"));
    }

    [Fact]
    public void ANameOfSeveralArticles_InOtherCompany_IsAnotherPerson()
    {
        Assert.Null(Suggestion("Osama"));
    }

    [Fact]
    public void ARareName_IsNotTakenForACommonWord()
    {
        Assert.Null(Suggestion("Earl"));
    }

    [Theory]
    [InlineData("Mcconnel")]
    [InlineData("senat")]
    public void AWordWhoseFormsTheSearchFinds_IsNotCorrected(string query)
    {
        Assert.True(archive.Search(new SearchRequest { Query = query }).Total >= 300);

        Assert.Null(Suggestion(query));
    }

    [Fact]
    public void TheCommonerSpellings_AreNotCorrected()
    {
        foreach (var word in new[] { "Schumer", "Zuckerberg", "Obama", "Kavanaugh", "McConnell", "Senate" })
            Assert.Null(Suggestion(word));
    }

    [Fact]
    public void AMissingWord_IsCorrectedToTheFarCommonerSpelling_RatherThanTheSameSlipMadeBefore()
    {
        Assert.Equal("Zuckerberg", Suggestion("Zuckerburgg"));
    }

    [Fact]
    public void AQueryThatFindsNothing_ShowsWhatItsCorrectionFinds_AndSaysSo()
    {
        var results = archive.Search(new SearchRequest { Query = "Shumerr New York" });

        Assert.Equal("Shumerr New York", results.CorrectedFrom);
        Assert.Equal("Schumer New York", results.Request.Query);
        Assert.Equal(60, results.Total);
    }

    [Fact]
    public void AsTyped_TheQueryThatFindsNothing_IsSearchedAsTyped_WithTheCorrectionOffered()
    {
        var results = archive.Search(new SearchRequest { Query = "Shumerr", AsTyped = true });

        Assert.Null(results.CorrectedFrom);
        Assert.Equal(0, results.Total);
        Assert.Equal("Schumer", results.Spelling.Suggestion?.Query);
    }

    [Fact]
    public void AQueryThatFindsSomething_IsNeverReplaced()
    {
        var results = archive.Search(new SearchRequest { Query = "Shumer" });

        Assert.Null(results.CorrectedFrom);
        Assert.Equal(1, results.Total);
        Assert.Equal("Schumer", results.Spelling.Suggestion?.Query);
    }

    [Theory]
    [InlineData("ecomomic", "economic")]
    [InlineData("Adminsitration", "Administration")]
    [InlineData("statments", "statements")]
    [InlineData("Cordrary", "Cordray")]
    [InlineData("Immigation", "Immigration")]
    public void ARareSlipOfAWord_IsCorrected(string query, string expected)
    {
        // A neighbouring key; a word the articles capitalise now and then; a word whose own forms
        // are the same slip; a rare name twenty times rarer than the name it misspells; a word
        // capitalised in its one use, which tells little of what it is.
        Assert.Equal(expected, Suggestion(query));
    }

    [Fact]
    public void ALetterChangedToAFarKey_InAWordOfItsOwn_IsNotCorrected()
    {
        Assert.Null(Suggestion("curtain"));
    }

    [Fact]
    public void ASlipInSeveralArticles_IsCorrected_WhenItsNeighboursStandByTheCommonerWordElsewhere()
    {
        // "exeuctive officer" in 4 articles, "executive officer" in 40.
        Assert.Equal("executive", Suggestion("exeuctive"));
    }

    [Fact]
    public void ASlipInSeveralArticles_WhoseNeighboursSayNothing_IsLeftAlone()
    {
        // "exeuctives gathered" in 4 articles; executives in 250, never gathered.
        Assert.Null(Suggestion("exeuctives"));
    }

    [Theory]
    [InlineData("nvestigations", "investigations")]
    [InlineData("nmot", "not")]
    [InlineData("Calr", "Carl")]
    public void ADroppedFirstLetter_OrAShortWord_CanBeMeant_ButALongerWordIsLikelier(string query, string expected)
    {
        // The first letter dropped; a three-letter word when nothing longer is close; but a
        // longer word before a shorter one with fewer than ten times its articles (car, 400).
        Assert.Equal(expected, Suggestion(query));
    }
}
