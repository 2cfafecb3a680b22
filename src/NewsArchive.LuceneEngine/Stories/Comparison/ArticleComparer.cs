using Lucene.Net.Analysis;
using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;
using NewsArchive.Core.Stories.Comparison;

namespace NewsArchive.LuceneEngine.Stories.Comparison;

/// <summary>Compares any two articles, whatever their stories, as the story page compares two versions.</summary>
internal static class ArticleComparer
{
    public static ArticleComparison Compare(Analyzer analyzer, Article left, Article right)
    {
        var (leftVersion, rightVersion) = (VersionOf(left), VersionOf(right));
        return new ArticleComparison(
            left,
            right,
            new VersionComparer(analyzer).Compare(leftVersion, left, rightVersion, right),
            // With the title, as on the story page: a name may be spelt otherwise only in the headline.
            NameDifferences.Find([(leftVersion, left.Title + "\n" + left.Body), (rightVersion, right.Title + "\n" + right.Body)]));
    }

    private static StoryVersion VersionOf(Article article) => new(article.Id, article.Title, article.Source, article.Date);
}
