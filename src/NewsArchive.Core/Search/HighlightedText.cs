using System.Net;
using System.Text;

namespace NewsArchive.Core.Search;

/// <summary>A piece of text with the words that matched a query marked.</summary>
public sealed record HighlightedText(IReadOnlyList<TextSegment> Segments)
{
    public static HighlightedText Plain(string text) => new([new TextSegment(text, false)]);

    public int MatchCount => Segments.Count(s => s.IsMatch);

    public string PlainText => string.Concat(Segments.Select(s => s.Text));

    /// <summary>HTML with every segment encoded first; the marks are added after encoding.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        foreach (var segment in Segments)
        {
            var encoded = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.IsMatch ? $"<mark>{encoded}</mark>" : encoded);
        }
        return html.ToString();
    }
}

public sealed record TextSegment(string Text, bool IsMatch);
