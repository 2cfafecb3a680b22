using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;
using NewsArchive.Core.Tests.Support;
using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Stories.Comparison;

namespace NewsArchive.Core.Tests.Stories;

public class VersionComparerTests
{
    private static readonly StoryVersion Left = new("a", "A", "Outlet A", null), Right = new("b", "B", "Outlet B", null);

    [Fact]
    public void Compare_AddedAnalysis_IsUniqueToTheVersionThatHasIt()
    {
        var a = TestArticle.Make("a", body: "The minister met his counterpart in Beijing on Monday. They discussed trade and security.");
        var b = TestArticle.Make("b", body: "The minister met his counterpart in Beijing on Monday. They discussed trade and security. An expert said the talks signal a shift in regional policy.");
        using var analyzer = ArchiveAnalyzer.Create();
        var comparison = new VersionComparer(analyzer).Compare(Left, a, Right, b);

        Assert.Equal(2, comparison.Left.SharedSentences);
        Assert.Equal(0, comparison.Left.UniqueSentences);
        Assert.Equal(2, comparison.Right.SharedSentences);
        var unique = Assert.Single(comparison.Right.Paragraphs.SelectMany(p => p), s => s.Kind == PassageKind.Unique);
        Assert.StartsWith("An expert said", unique.Text);
    }

    [Fact]
    public void Compare_NameSpeltOtherwiseInASharedSentence_MarksJustThatWord()
    {
        var a = TestArticle.Make("a", body: "Wang Yi spoke with Mukhtar Tileuberdi by phone on Monday.");
        var b = TestArticle.Make("b", body: "Wang Yi spoke with Mukhtar Tleuberdi by phone on Monday.");
        using var analyzer = ArchiveAnalyzer.Create();
        var comparison = new VersionComparer(analyzer).Compare(Left, a, Right, b);

        var sentence = Assert.Single(comparison.Left.Paragraphs.SelectMany(p => p));
        Assert.Equal(PassageKind.Shared, sentence.Kind);
        Assert.Equal(["Tileuberdi"], sentence.Words.Where(w => w.Differs).Select(w => w.Text));
    }

    [Fact]
    public void SentenceSplitter_KeepsTitlesInitialsAndAbbreviationsInTheirSentence()
    {
        Assert.Equal(
            ["Mr. Wang met U.S. officials on Jan. 10 in Washington.", "\"It went well,\" he said.", "Talks resume today!"],
            SentenceSplitter.Split("Mr. Wang met U.S. officials on Jan. 10 in Washington. \"It went well,\" he said. Talks resume today!"));
    }

    [Fact]
    public void NameDifferences_ListsTheTwoSpellingsOfTheMinister_AndWhoUsesEach()
    {
        var names = NameDifferences.Find(
        [
            (Left, "Wang Yi called Mukhtar Tileuberdi. Kazakhstan and Kazakhs mourned."),
            (Right, "Wang Yi called Mukhtar Tleuberdi. Kazakhstan mourned."),
        ]);
        var variant = Assert.Single(names);
        Assert.Equal(["Tileuberdi", "Tleuberdi"], variant.Spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal));
        Assert.Equal("a", Assert.Single(variant.Spellings.Single(s => s.Spelling == "Tileuberdi").UsedBy).Id);
    }

    [Fact]
    public void NameDifferences_TwoFormsOfOneWord_AreNotTwoSpellings()
    {
        var names = NameDifferences.Find(
        [
            (Left, "Senate Democrats blocked the bill on Tuesday."),
            (Right, "The Democratic leader blocked the bill on Tuesday."),
        ]);
        Assert.Empty(names);
    }

    [Fact]
    public void NameDifferences_AWordThatIsNoName_IsNotASpellingOfOne()
    {
        // "Story" is capitalised only where a sentence or a headline starts; the texts write it lowercase.
        var names = NameDifferences.Find(
        [
            (Left, "Lawyers for Stormy Daniels filed the suit. Story continues below."),
            (Right, "Daniels, known as Stormy Daniels, sued. Her story began in 2006."),
            (new StoryVersion("c", "C", "Outlet C", null), "Story of a Lawsuit\nA Story everyone knew: the story of a lawsuit, a story told twice and a story retold."),
        ]);
        Assert.Empty(names);
    }

    [Fact]
    public void NameDifferences_ANameOnlyEverCapitalised_IsStillOne()
    {
        var names = NameDifferences.Find(
        [
            (Left, "Talks with Kassym-Jomart Tokayev and Mukhtar Tileuberdi ended."),
            (Right, "Talks with Kassym-Jomart Tokaev and Mukhtar Tileuberdi ended."),
        ]);
        var variant = Assert.Single(names);
        Assert.Equal(["Tokaev", "Tokayev"], variant.Spellings.Select(s => s.Spelling).Order(StringComparer.Ordinal));
        Assert.Equal(["Outlet A"], variant.Spellings.Single(s => s.Spelling == "Tokayev").UsedBy.Select(v => v.Source));
    }

    [Fact]
    public void NameDifferences_TwoNamesMostVersionsWriteSideBySide_AreNotOneSpeltTwoWays()
    {
        var names = NameDifferences.Find(
        [
            (Left, "The lawyer Lanny Davis spoke to David Cohen."),
            (Right, "Reporters asked Lanny Davis and David Cohen."),
            (new StoryVersion("c", "C", "Outlet C", null), "Then David Cohen left."),
        ]);
        Assert.Empty(names);
    }
}
