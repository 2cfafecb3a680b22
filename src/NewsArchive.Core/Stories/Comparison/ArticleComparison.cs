using NewsArchive.Core.Articles;

namespace NewsArchive.Core.Stories.Comparison;

/// <summary>
/// Any two articles side by side, whatever their stories: the sentences they share, what each has
/// alone, the words changed in shared sentences, and the names they spell differently.
/// </summary>
public sealed record ArticleComparison(Article Left, Article Right, VersionComparison Sides, IReadOnlyList<NameVariants> Names);
