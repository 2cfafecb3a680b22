using Lucene.Net.Analysis;
using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Stories.Comparison;

/// <summary>
/// Any two articles side by side, whatever their stories: the sentences they share, what each has
/// alone, the words changed in shared sentences, and the names they spell differently.
/// </summary>
public sealed record ArticleComparison(Article Left, Article Right, VersionComparison Sides, IReadOnlyList<NameVariants> Names)
{
    public static ArticleComparison Of(Analyzer analyzer, Article left, Article right)
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
