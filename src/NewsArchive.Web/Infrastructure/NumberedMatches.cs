using System.Text;
using Microsoft.AspNetCore.Html;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// Writes the texts of one article with its matches numbered in reading order (m1, m2, …), each
/// followed by links to the previous and the next match, so a reader can step through them
/// without JavaScript; the links wrap around at the ends, as a browser's find does. Like
/// <see cref="HighlightedText.ToHtml"/>, every text is encoded first and the marks added after.
/// </summary>
public sealed class NumberedMatches(int total)
{
    private int number;

    /// <summary>The id of the match with this number (from 1), the target of links that open an article at a match.</summary>
    public static string Id(int number) => "m" + number;

    public IHtmlContent Render(HighlightedText text)
    {
        var html = new StringBuilder();
        foreach (var segment in text.Segments)
        {
            var encoded = VisibleHtmlEncoder.Instance.Encode(segment.Text);
            if (!segment.IsMatch)
            {
                html.Append(encoded);
                continue;
            }
            number++;
            html.Append($"<mark id=\"{Id(number)}\">{encoded}</mark>");
            if (total < 2) continue;
            // The arrows are drawn by the stylesheet, so the article's text stays the article's
            // (when copied, or read as a heading's text); the labels name the links.
            var previous = number == 1 ? total : number - 1;
            var next = number == total ? 1 : number + 1;
            html.Append("<span class=\"match-nav\">")
                .Append($"<a class=\"match-previous\" href=\"#{Id(previous)}\" aria-label=\"Previous match\" title=\"Previous match\"></a>")
                .Append($"<a class=\"match-next\" href=\"#{Id(next)}\" aria-label=\"Next match\" title=\"Next match\"></a>")
                .Append("</span>");
        }
        return new HtmlString(html.ToString());
    }
}
