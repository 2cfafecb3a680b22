using NewsArchive.Core.Articles;
using NewsArchive.Core.Stories;

namespace NewsArchive.Core.Search;

/// <summary>An article of a result set as an export lists it.</summary>
/// <param name="Story">Its story when it shares one with other articles, else null.</param>
/// <param name="StorySize">Articles in that story (1 when it has none).</param>
/// <param name="Indexed">When it was last indexed; null in an index made before this was kept.</param>
public sealed record ResultSetArticle(Article Article, StoryId? Story, int StorySize, DateTimeOffset? Indexed);
