using NewsArchive.Core.Search.Queries;

namespace NewsArchive.Core.Tests.Search.Queries;

/// <summary>How pasted text is rewritten before the query parser reads it: each rule, both ways.</summary>
public class PastedTextTests
{
    [Theory]
    [InlineData("immig*", "immig*")]
    [InlineData("immig* reform", "immig* reform")]
    [InlineData("border wall immig*", "border wall immig*")]
    [InlineData("Trump says he will win the fight*", "Trump says he will win the fight")]
    [InlineData("He will win the fight*. Then", "He will win the fight. Then")]
    [InlineData("win the 'fight*' now", "win the 'fight' now")]
    [InlineData("win the \"fight\"* now", "win the \"fight\" now")]
    [InlineData("Why Libertarians Should Want *More* Trust", "Why Libertarians Should Want More Trust")]
    [InlineData("*cocoa", "cocoa")]
    [InlineData("co*a*b*c*d*e*", "co*a*b*c*d*e*")]
    public void TrailingAsterisk_IsAPrefix_UnlessItEndsASentence(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    [Theory]
    [InlineData("the sh*thole country", "the (sh*thole OR \"sh thole\") country")]
    [InlineData("wom*n", "(wom*n OR \"wom n\")")]
    [InlineData("Calls It F*cking Nonsense", "Calls It \"F cking\" Nonsense")]
    [InlineData("Shut The F**k Up", "Shut The \"F k\" Up")]
    [InlineData("Will This S*** Ever End?", "Will This S Ever End")]
    [InlineData("views 'bull****,' says", "views 'bull,' says")]
    [InlineData("\"the sh*thole country\"", "\"the sh*thole country\"")]
    [InlineData("wom?n", "wom?n")]
    public void CensoredWord_IsSearchedAsWrittenOrAsTheWildcard(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    [Theory]
    [InlineData("FBI Claims Attempted GOP Assassinations Are Assault NOT Terrorism", "FBI Claims Attempted GOP Assassinations Are Assault not Terrorism")]
    [InlineData("Reopening Email Investigation Stain on Clinton AND Comey", "Reopening Email Investigation Stain on Clinton and Comey")]
    [InlineData("Trump Tells Reporters -Nobody Wants War With Iran", "Trump Tells Reporters Nobody Wants War With Iran")]
    [InlineData("SHULTZ NOT OPPOSED TO WHEAT SUBSIDY", "SHULTZ not OPPOSED TO WHEAT SUBSIDY")]
    [InlineData("Holder lashes out at Issa during tense hearing -calls conduct shameful", "Holder lashes out at Issa during tense hearing calls conduct shameful")]
    [InlineData("why the senate should NOT pass the bill this year", "why the senate should not pass the bill this year")]
    [InlineData("Six things Trump can do to squeeze North Korea --without sparking war", "Six things Trump can do to squeeze North Korea without sparking war")]
    public void OperatorsInAHeadline_AreWords(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    [Theory]
    [InlineData("immigration NOT trump")]
    [InlineData("-trump")]
    [InlineData("border wall immigration NOT trump")]
    [InlineData("Hillary Clinton NOT Donald Trump")]
    [InlineData("Immigration reform bill NOT trump senate vote")]
    [InlineData("border wall funding immigration reform senate -trump")]
    [InlineData("clinton OR sanders -trump")]
    [InlineData("NOT TRUMP")]
    [InlineData("(\"Minister Mukhtar Tileuberdi\" OR \"Minister Mukhtar Tleuberdi\")")]
    [InlineData("\"Hillary Rodham Clinton\" NOT \"Donald John Trump\"")]
    public void OperatorsInATypedQuery_StayOperators(string typed)
    {
        Assert.Equal(typed, Searched(typed));
    }

    [Theory]
    [InlineData("the debt: A \"cow pie of distortion'", "the debt A cow pie of distortion'")]
    [InlineData("\"a b\" c \"d", "\"a b\" c d")]
    [InlineData("Clinton 2016 nomination 'inevitable''", "Clinton 2016 nomination 'inevitable")]
    [InlineData("''Hello'' world", "\"Hello\" world")]
    [InlineData("”Hello” world", "\"Hello\" world")]
    [InlineData("\"a b\" c", "\"a b\" c")]
    [InlineData("\"cocoa", "cocoa")]
    public void UnpairedQuote_IsPunctuation(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    [Theory]
    [InlineData("Bush in Berlin:Step Off, Vlad", "Bush in (Berlin\\:Step OR \"Berlin Step\") Off, Vlad")]
    [InlineData("OPINION:Jockeying for poll position", "(OPINION\\:Jockeying OR \"OPINION Jockeying\") for poll position")]
    [InlineData("\"in Berlin:Step Off\"", "\"in Berlin Step Off\"")]
    [InlineData("id:reuters-1", "id reuters-1")]
    [InlineData("Source: cocoa", "Source cocoa")]
    [InlineData("source:reuters cocoa", "source:reuters cocoa")]
    public void WordsJoinedByAColon_AreSearchedJoinedOrApart(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    [Theory]
    [InlineData("Obama GDP Drops -0.7% Recession Coming?", "Obama GDP Drops 0.7% Recession Coming")]
    [InlineData("gdp -2016", "gdp 2016")]
    [InlineData("gdp -recession", "gdp -recession")]
    public void HyphenBeforeANumber_IsAMinusSign(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    [Theory]
    [InlineData("toward Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢?", "toward Ã¢â‚¬Ëœfiscal cliffÃ¢â‚¬â„¢")]
    [InlineData("up 5%?", "up 5%")]
    [InlineData("Four Americans Died?Ã¢â‚¬Â (VIDEO)", "Four Americans Died Ã¢â‚¬Â (VIDEO)")]
    [InlineData("wom?n", "wom?n")]
    [InlineData("co*?", "co*?")]
    public void QuestionMarkAfterASymbol_EndsAQuestion(string typed, string searched)
    {
        Assert.Equal(searched, Searched(typed));
    }

    /// <summary>The rewritten text with its spaces squeezed: where a mark became a space does not matter.</summary>
    private static string Searched(string typed) => string.Join(' ', PastedText.Normalize(typed).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
