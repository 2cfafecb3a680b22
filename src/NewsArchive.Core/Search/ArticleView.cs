using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Search;

/// <summary>
/// An article ready to read: its title and paragraphs (of the part shown) with the query's words
/// marked, its story and related articles.
/// </summary>
public sealed record ArticleView(Article Article, HighlightedText Title, IReadOnlyList<HighlightedText> Paragraphs)
{
    /// <summary>The part of the article whose paragraphs these are, from 1.</summary>
    public int Part { get; init; } = 1;

    /// <summary>The parts a long article is shown in; 1 for most.</summary>
    public int Parts { get; init; } = 1;

    /// <summary>The story it shares with other articles, if any.</summary>
    public HitStory? Story { get; init; }

    /// <summary>Articles about the same things, other than its own story's.</summary>
    public IReadOnlyList<StoryVersion> Related { get; init; } = [];

    /// <summary>Matches in the title and the part shown.</summary>
    public int MatchCount => Title.MatchCount + Paragraphs.Sum(p => p.MatchCount);
}
