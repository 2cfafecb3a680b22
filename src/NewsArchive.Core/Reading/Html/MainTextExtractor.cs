using AngleSharp.Dom;

namespace NewsArchive.Core.Reading.Html;

/// <summary>Where the story is on a page.</summary>
/// <param name="Scope">The article as a whole (headline, byline, date and text): where the headline and byline are looked for.</param>
/// <param name="Story">The element holding the story's text, <paramref name="Scope"/> or inside it.</param>
/// <param name="Boilerplate">What on the page is not the story.</param>
internal sealed record MainContent(IElement Scope, IElement Story, BoilerplateMap Boilerplate)
{
    public IReadOnlyList<string> Paragraphs() => ParagraphCollector.Collect(Story);

    /// <summary>Elements in the article that are not inside boilerplate (the article's own header and byline are allowed).</summary>
    public IEnumerable<IElement> InArticle(string selector) =>
        Scope.QuerySelectorAll(selector).Where(element => !Boilerplate.IsWithin(element, Scope, articleHeaderIsContent: true));
}

/// <summary>
/// Finds the story on a page. The markup that says so (<c>&lt;article&gt;</c>,
/// <c>itemprop="articleBody"</c>, <c>&lt;main&gt;</c>) is preferred; where there is none, or it
/// wraps only a teaser, the block with the most paragraph text (discounting links, as
/// Readability does) is taken.
/// </summary>
internal static class MainTextExtractor
{
    /// <summary>Paragraphs shorter than this are bylines, labels or buttons, which say nothing about where the story is.</summary>
    private const int MinParagraphLetters = 25;

    /// <summary>
    /// A marked-up candidate is taken if it holds at least this share of the best block's text;
    /// below it, the &lt;article&gt; is likely a teaser card and the story is elsewhere.
    /// </summary>
    private const double MinShareOfBest = 0.5;

    private static readonly string[] MarkedUpSelectors = ["article", "[itemprop~=articleBody]", "main, [role=main]"];

    public static MainContent Locate(IDocument document)
    {
        var page = document.Body ?? document.DocumentElement;
        var boilerplate = new BoilerplateMap(document);
        var paragraphs = ScoredParagraphs(page, boilerplate);
        var (bestBlock, bestScore) = BestBlock(paragraphs);
        var textScores = TextScores(paragraphs, document);

        var scope = MarkedUp(page, boilerplate, textScores, bestScore) ?? bestBlock ?? page;
        // The story's text may be marked more narrowly than the article (no headline, no byline).
        var story = scope.QuerySelectorAll("[itemprop~=articleBody]")
            .FirstOrDefault(body => textScores.GetValueOrDefault(body) > 0 && !boilerplate.IsWithin(body, scope)) ?? scope;
        // A block found by its text, or a bare articleBody, is widened to the article around it for the headline and byline.
        var article = scope.Closest("article, main, [role=main], [itemscope]");
        return new MainContent(article is not null && article != page ? article : scope, story, boilerplate);
    }

    private static IElement? MarkedUp(IElement page, BoilerplateMap boilerplate, Dictionary<IElement, double> textScores, double bestScore)
    {
        foreach (var selector in MarkedUpSelectors)
        {
            var candidates = page.QuerySelectorAll(selector).Where(element => !boilerplate.IsWithin(element, page)).ToList();
            if (candidates.Count == 0) continue;
            // Without scored paragraphs (text in bare divs and <br>s) nothing better is known than the markup.
            if (bestScore == 0) return candidates[0];
            var best = candidates.MaxBy(element => textScores.GetValueOrDefault(element))!;
            if (textScores.GetValueOrDefault(best) >= bestScore * MinShareOfBest) return best;
        }
        return null;
    }

    /// <summary>Every &lt;p&gt; outside boilerplate, scored by its letters not in links.</summary>
    private static List<(IElement Paragraph, double Score)> ScoredParagraphs(IElement page, BoilerplateMap boilerplate)
    {
        var scored = new List<(IElement, double)>();
        foreach (var paragraph in page.QuerySelectorAll("p"))
        {
            var letters = Letters(paragraph.TextContent);
            if (letters < MinParagraphLetters || boilerplate.IsWithin(paragraph, page)) continue;
            var linkLetters = paragraph.QuerySelectorAll("a").Sum(link => Letters(link.TextContent));
            scored.Add((paragraph, letters * (1 - Math.Min(1.0, (double)linkLetters / letters))));
        }
        return scored;
    }

    /// <summary>
    /// The block whose own paragraphs score highest: each paragraph counts fully for its parent
    /// and half for its grandparent, so a story split into sections still wins as a whole.
    /// </summary>
    private static (IElement? Block, double Score) BestBlock(List<(IElement Paragraph, double Score)> paragraphs)
    {
        var blocks = new Dictionary<IElement, double>();
        foreach (var (paragraph, score) in paragraphs)
        {
            if (paragraph.ParentElement is not { } parent) continue;
            blocks[parent] = blocks.GetValueOrDefault(parent) + score;
            if (parent.ParentElement is { } grandparent) blocks[grandparent] = blocks.GetValueOrDefault(grandparent) + score / 2;
        }
        if (blocks.Count == 0) return (null, 0);
        var best = blocks.MaxBy(block => block.Value);
        return (best.Key, best.Value);
    }

    /// <summary>The total paragraph score inside every element (paragraphs included) that holds any.</summary>
    private static Dictionary<IElement, double> TextScores(List<(IElement Paragraph, double Score)> paragraphs, IDocument document)
    {
        var totals = new Dictionary<IElement, double>();
        foreach (var (paragraph, score) in paragraphs) totals[paragraph] = score;
        // Children before parents (reverse tree order), so each element is summed into its parent once,
        // rather than walking every paragraph's ancestors.
        var all = document.All.ToArray();
        for (var i = all.Length - 1; i >= 0; i--)
        {
            if (totals.TryGetValue(all[i], out var total) && all[i].ParentElement is { } parent)
                totals[parent] = totals.GetValueOrDefault(parent) + total;
        }
        return totals;
    }

    private static int Letters(string text) => text.Count(char.IsLetterOrDigit);
}
