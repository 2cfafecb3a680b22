using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;
using NewsArchive.Core.Search;

namespace NewsArchive.Web.Infrastructure;

public static class HighlightedHtml
{
    /// <summary>The text HTML-encoded, with &lt;mark&gt; around matches added after encoding.</summary>
    public static IHtmlContent Highlighted(this IHtmlHelper html, HighlightedText text) => new HtmlString(text.ToHtml());
}
