using NewsArchive.Core.Search;
using NewsArchive.Core.Search.Spelling;
using NewsArchive.Core.Tests.Support;

namespace NewsArchive.Core.Tests.Search;

/// <summary>Other spellings of a name that the archive uses, offered with their counts and a query including them.</summary>
[Collection(ArchiveCollection.Name)]
public class NameVariantTests(ArchiveFixture archive)
{
    [Fact]
    public void Tileuberdi_IsAlsoSpeltTleuberdi_InTwoArticles()
    {
        var results = archive.Search("Tileuberdi");

        Assert.Equal(3, results.Total);
        var word = Assert.Single(results.Spelling.Variants);
        Assert.Equal("Tileuberdi", word.Word);
        Assert.Equal([new SpellingVariant("Tleuberdi", 2)], word.Variants);
        Assert.Equal("(Tileuberdi OR Tleuberdi)", word.Query);
        Assert.Null(results.Spelling.Suggestion);
    }

    [Fact]
    public void Tleuberdi_IsAlsoSpeltTileuberdi_InThreeArticles()
    {
        var results = archive.Search("tleuberdi");

        Assert.Equal(2, results.Total);
        var word = Assert.Single(results.Spelling.Variants);
        Assert.Equal([new SpellingVariant("Tileuberdi", 3)], word.Variants);
        Assert.Equal("(tleuberdi OR tileuberdi)", word.Query);
    }

    [Theory]
    [InlineData("Tileuberdi")]
    [InlineData("Tleuberdi")]
    public void IncludingTheVariants_FindsAllFiveArticles(string query)
    {
        var include = archive.Search(query).Spelling.Variants.Single().Query;

        Assert.Equal(5, archive.Search(include).Total);
        Assert.Equal(archive.Articles.Count(a => BruteForce.Word("Tileuberdi")(a) || BruteForce.Word("Tleuberdi")(a)), archive.Search(include).Total);
    }

    [Fact]
    public void TheCounts_AreTheArticlesWritingEachSpelling()
    {
        var variant = archive.Search("Tileuberdi").Spelling.Variants.Single().Variants.Single();

        Assert.Equal(archive.Articles.Count(BruteForce.Word(variant.Value)), variant.Count);
    }

    [Theory]
    [InlineData("tileuberdi OR tleuberdi")]
    [InlineData("(Tileuberdi OR Tleuberdi)")]
    [InlineData("Tleuberdi Tileuberdi")]
    public void VariantsAlreadyInTheQuery_AreNotOfferedAgain(string query)
    {
        Assert.Empty(archive.Search(query).Spelling.Variants);
    }

    [Fact]
    public void InAPhrase_ThePhraseIsRepeatedWithEachSpelling()
    {
        var query = "\"Minister Mukhtar Tileuberdi\"";
        var word = archive.Search(query).Spelling.Variants.Single();

        Assert.Equal("(\"Minister Mukhtar Tileuberdi\" OR \"Minister Mukhtar Tleuberdi\")", word.Query);
        Assert.Equal(
            archive.Articles.Count(BruteForce.Pattern(@"\bMinister\W+Mukhtar\W+T(i)?leuberdi\b")),
            archive.Search(word.Query).Total);
    }

    [Fact]
    public void TheCounts_RespectTheFilters()
    {
        // Only the Global Times seed (004) is in this source, and it writes Tileuberdi.
        var request = new SearchRequest { Query = "Tileuberdi", Sources = ["Global Times"] };

        Assert.Equal(1, archive.Search(request).Total);
        Assert.Empty(archive.Search(request).Spelling.Variants);
    }

    [Theory]
    [InlineData("cocoa")]
    [InlineData("trade")]
    [InlineData("minister")]
    [InlineData("Reagan")]
    [InlineData("Regan")]
    [InlineData("Kazakhstan")]
    public void CommonWordsAndDifferentNames_HaveNoVariants(string query)
    {
        Assert.Empty(archive.Search(query).Spelling.Variants);
    }

    [Fact]
    public void ADifferentNameALetterAway_IsNotAVariant()
    {
        // Finance Minister Kiichi Miyazawa and the prefecture of Miyazaki keep different company;
        // "Miyazwa", a typo in one story about the minister, is offered.
        var word = archive.Search("Miyazawa").Spelling.Variants.Single();

        Assert.DoesNotContain(word.Variants, v => v.Value == "Miyazaki");
        Assert.Contains(word.Variants, v => v.Value == "Miyazwa");
    }

    [Fact]
    public void OtherFormsOfTheWord_AreNotVariants()
    {
        // Every article here would make the other spellings variants, if they were not plurals
        // and past tenses of the name, which stemming finds anyway.
        using var small = new SmallArchive(
            TestArticle.Make("a", "Talks", "Foreign Minister Mukhtar Tileuberdi met the envoy."),
            TestArticle.Make("b", "Talks", "Foreign Minister Mukhtar Tleuberdi met the envoy."),
            TestArticle.Make("c", "Talks", "Foreign Minister Mukhtar Tileuberdis met the envoy."),
            TestArticle.Make("d", "Talks", "Foreign Minister Mukhtar Tileuberdies met the envoy."),
            TestArticle.Make("e", "Talks", "Foreign Minister Mukhtar Tileuberdied met the envoy."));

        var word = small.Search(new SearchRequest { Query = "Tileuberdi" }).Spelling.Variants.Single();

        Assert.Equal([new SpellingVariant("Tleuberdi", 1)], word.Variants);
    }

    [Fact]
    public void WordsWrittenInLowercase_AreNotNames()
    {
        using var small = new SmallArchive(
            TestArticle.Make("a", "Talks", "The talks were about the grade of the beans."),
            TestArticle.Make("b", "Talks", "The talks were about the trade of the beans."));

        Assert.Empty(small.Search(new SearchRequest { Query = "grade" }).Spelling.Variants);
    }
}
