using NewsArchive.LuceneEngine.Indexing;
using NewsArchive.LuceneEngine.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>
/// A word with many wildcards is refused (searched as its plain words, with a notice) before
/// Lucene builds its automaton, whose size doubles with each ? after a *: without the limit,
/// parsing "co*a" and forty ? would not finish.
/// </summary>
public sealed class CostlyWildcardTests
{
    private static readonly Lucene.Net.Analysis.Analyzer Analyzer = ArchiveAnalyzer.Create();

    [Theory]
    [InlineData(40)]
    [InlineData(14)]
    public void ManyQuestionMarksAfterAStar_AreRefusedWithANotice(int questionMarks)
    {
        var parsed = UserQueryParser.Parse("co*a" + new string('?', questionMarks), Analyzer);

        Assert.Contains("at most 5 wildcards", parsed.Notice);
    }

    [Theory]
    [InlineData("co*a*b*c*d*e*")]
    [InlineData("cocoa co*?????")]
    public void MoreThanFiveWildcardsInAWord_AreRefused(string query)
    {
        Assert.Contains("wildcards", UserQueryParser.Parse(query, Analyzer).Notice);
    }

    [Theory]
    [InlineData("co*a????")]
    [InlineData("co*?*?*")]
    [InlineData("coc?a pri*")]
    [InlineData("co* ab* cd* ef* gh* ij* kl*")]
    public void FiveWildcardsOrFewerInEachWord_AreSearchedAsWritten(string query)
    {
        Assert.Null(UserQueryParser.Parse(query, Analyzer).Notice);
    }
}
