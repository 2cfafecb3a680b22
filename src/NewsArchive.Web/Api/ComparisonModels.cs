using NewsArchive.Core.Stories.Comparison;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Api;

/// <summary>Two articles compared: each one's text sentence by sentence, marked shared or its own, and the names they spell differently.</summary>
/// <param name="Left">The article a.</param>
/// <param name="Right">The article b.</param>
/// <param name="Names">Names the two spell differently: for each name, its spellings, the article using each and its outlet.</param>
/// <param name="Url">The comparison's page in the archive.</param>
public sealed record ArticleComparisonResponse(ComparedArticleResponse Left, ComparedArticleResponse Right, IReadOnlyList<IReadOnlyList<NameSpellingResponse>> Names, string Url)
{
    public static ArticleComparisonResponse From(ArticleComparison comparison) => new(
        ComparedArticleResponse.From(comparison.Sides.Left),
        ComparedArticleResponse.From(comparison.Sides.Right),
        comparison.Names.Select(NameSpellingResponse.From).ToList(),
        SearchLinks.CompareArticles(comparison.Left.Id, comparison.Right.Id));
}

/// <summary>One side of a comparison.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Title">The headline.</param>
/// <param name="Source">The outlet, or null when unknown.</param>
/// <param name="Date">When it was published, or null when unknown.</param>
/// <param name="Url">The article's page in the archive.</param>
/// <param name="SharedSentences">Its sentences that the other article says too (most of their content words in one of its sentences).</param>
/// <param name="UniqueSentences">Its sentences that only it says.</param>
/// <param name="LeftOut">Sentences of a very long article past those compared, neither compared nor listed (0 for nearly every article).</param>
/// <param name="Paragraphs">Its text, paragraph by paragraph, each a list of sentences.</param>
public sealed record ComparedArticleResponse(
    string Id, string Title, string? Source, DateTimeOffset? Date, string Url,
    int SharedSentences, int UniqueSentences, int LeftOut, IReadOnlyList<IReadOnlyList<ComparedSentenceResponse>> Paragraphs)
{
    public static ComparedArticleResponse From(ComparedVersion side) => new(
        side.Version.Id, side.Version.Title, side.Version.Source, side.Version.Date, SearchLinks.Article(side.Version.Id, null),
        side.SharedSentences, side.UniqueSentences, side.LeftOut,
        side.Paragraphs.Select(p => (IReadOnlyList<ComparedSentenceResponse>)p.Select(ComparedSentenceResponse.From).ToList()).ToList());
}

/// <summary>A sentence of one side.</summary>
/// <param name="Shared">Whether the other article says it too.</param>
/// <param name="Text">The sentence.</param>
/// <param name="Differs">In a shared sentence lightly edited, its words that the other article's sentence has otherwise or not at all (a name spelt otherwise, a changed figure), in order.</param>
public sealed record ComparedSentenceResponse(bool Shared, string Text, IReadOnlyList<string> Differs)
{
    public static ComparedSentenceResponse From(ComparedSentence sentence) =>
        new(sentence.Kind == PassageKind.Shared, sentence.Text, sentence.Words.Where(w => w.Differs).Select(w => w.Text).ToList());
}
