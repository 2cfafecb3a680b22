using NewsArchive.Core.Search;

namespace NewsArchive.Core.Tests.Search;

/// <summary>A long article is shown in parts of about a size: whole paragraphs, long ones cut between words, no text lost.</summary>
public sealed class ArticlePartTests
{
    [Fact]
    public void ShortArticle_IsOneWholePart()
    {
        var part = ArticlePart.Of(["One.", "Two."], 1, 100)!;

        Assert.Equal((1, 1), (part.Number, part.Count));
        Assert.Equal(["One.", "Two."], part.Paragraphs);
        Assert.Null(ArticlePart.Of(["One."], 2, 100));
        Assert.Null(ArticlePart.Of(["One."], 0, 100));
    }

    [Fact]
    public void ArticleWithoutParagraphs_HasOneEmptyPart()
    {
        var part = ArticlePart.Of([], 1, 100)!;

        Assert.Equal(1, part.Count);
        Assert.Empty(part.Paragraphs);
    }

    [Fact]
    public void LongArticle_IsCutBetweenParagraphs_AndLongParagraphsBetweenWords_LosingNothing()
    {
        var paragraphs = Enumerable.Range(0, 50).Select(n => string.Join(' ', Enumerable.Repeat($"word{n}", 7 + n * 3))).ToList();
        paragraphs.Add(new string('x', 250)); // a word longer than a part
        const int size = 100;

        var count = ArticlePart.Of(paragraphs, 1, size)!.Count;
        var parts = Enumerable.Range(1, count).Select(n => ArticlePart.Of(paragraphs, n, size)!).ToList();

        Assert.All(parts, part => Assert.Equal(count, part.Count));
        Assert.All(parts, part => Assert.InRange(part.Paragraphs.Sum(p => p.Length), 1, size));
        Assert.Equal(string.Concat(paragraphs), string.Concat(parts.SelectMany(p => p.Paragraphs)));
        // Pieces of a paragraph end after a space, so no word is cut (but the one longer than a part).
        var pieces = parts.SelectMany(p => p.Paragraphs).ToList();
        Assert.All(pieces.Where(p => !p.StartsWith('x') && !paragraphs.Contains(p)).SkipLast(1), piece => Assert.True(piece.EndsWith(' ') || paragraphs.Any(whole => whole.EndsWith(piece, StringComparison.Ordinal))));
        Assert.Null(ArticlePart.Of(paragraphs, count + 1, size));
    }
}
