using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

public static class HighlightedHtml
{
    /// <summary>
    /// The text encoded as every page's text is (<see cref="VisibleHtmlEncoder"/>), with &lt;mark&gt;
    /// around matches added after encoding.
    /// </summary>
    public static IHtmlContent Highlighted(this IHtmlHelper html, HighlightedText text)
    {
        var content = new HtmlContentBuilder();
        foreach (var segment in text.Segments)
        {
            if (segment.IsMatch) content.AppendHtml("<mark>");
            content.Append(segment.Text);
            if (segment.IsMatch) content.AppendHtml("</mark>");
        }
        return content;
    }
}
