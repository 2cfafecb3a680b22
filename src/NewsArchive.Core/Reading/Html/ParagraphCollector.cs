using System.Text;
using AngleSharp.Dom;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// Turns the story's element into paragraphs: each run of text between block boundaries (a p,
/// a subheading, a list item, a quote, a div) or line breaks is one paragraph, as a browser would
/// lay it out. Boilerplate inside the story is passed over with everything in it.
/// </summary>
/// <remarks>
/// A &lt;br&gt; ends a paragraph too: an article's body keeps one paragraph per line anyway, and
/// old pages separate paragraphs, or a headline from its byline, with nothing but &lt;br&gt;s.
/// </remarks>
internal sealed class ParagraphCollector
{
    /// <summary>
    /// Above this share of link text a paragraph is a list of links (more stories, "read more"),
    /// not part of the story, even when its container is not named as such.
    /// </summary>
    public const double MaxLinkDensity = 0.75;

    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table",
        "caption", "thead", "tbody", "tfoot", "tr", "td", "th", "ul",
    };

    private readonly List<string> _paragraphs = [];
    private readonly StringBuilder _text = new();
    private int _linkLetters;

    private ParagraphCollector()
    {
    }

    public static IReadOnlyList<string> Collect(IElement story)
    {
        var collector = new ParagraphCollector();
        collector.Walk(story);
        collector.Flush();
        return collector._paragraphs;
    }

    // Recursion is bounded: the parser nests elements no deeper than HtmlParserOptions.MaximumDepth.
    private void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText text:
                    _text.Append(text.Data);
                    break;
                case IElement { LocalName: "br" }:
                    Flush();
                    break;
                case IElement element when element.LocalName == "h1" || Boilerplate.Is(element):
                    // Passed over; a block still separates the text before it from the text after.
                    // (The headline is the article's title: repeated, it would be the first paragraph.)
                    if (element.LocalName == "h1" || BlockTags.Contains(element.LocalName)) Flush();
                    break;
                case IElement element when BlockTags.Contains(element.LocalName):
                    Flush();
                    Walk(element);
                    Flush();
                    break;
                case IElement { LocalName: "a" } link:
                    var start = _text.Length;
                    Walk(link);
                    _linkLetters += CountLetters(_text, start);
                    break;
                case IElement element:
                    Walk(element);
                    break;
            }
        }
    }

    /// <summary>Ends the current run of text, which becomes a paragraph unless it is empty or mostly links.</summary>
    private void Flush()
    {
        var letters = CountLetters(_text, 0);
        var linkLetters = _linkLetters;
        var text = _text.ToString();
        _text.Clear();
        _linkLetters = 0;
        if (letters == 0 || linkLetters > letters * MaxLinkDensity) return;
        if (HtmlText.Normalise(text) is { } paragraph) _paragraphs.Add(paragraph);
    }

    private static int CountLetters(StringBuilder text, int start)
    {
        var count = 0;
        for (var i = start; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i])) count++;
        }
        return count;
    }
}
