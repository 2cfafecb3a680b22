using AngleSharp.Dom;

namespace NewsArchive.Core.Reading.Html;

/// <summary>
/// Answers "is this element inside boilerplate, below that one?" for every element of a page,
/// from one pass in document order. Walking up from each element instead would cost the page's
/// depth per question, which a hostile page can make millions of steps.
/// </summary>
internal sealed class BoilerplateMap
{
    /// <param name="Depth">Elements above this one.</param>
    /// <param name="InArticle">Below an &lt;article&gt; or &lt;main&gt;, where a &lt;header&gt; is the article's, not the site's.</param>
    /// <param name="Chrome">The deepest boilerplate element at or above this one.</param>
    /// <param name="ChromeAroundMetadata">The same, except that an article's own header and byline do not count.</param>
    private readonly record struct Place(int Depth, bool InArticle, IElement? Chrome, IElement? ChromeAroundMetadata);

    private readonly Dictionary<IElement, Place> _places = [];

    public BoilerplateMap(IDocument document)
    {
        // document.All lists elements in tree order, so a parent's place is known before its children's.
        foreach (var element in document.All)
        {
            var parent = element.ParentElement is { } p && _places.TryGetValue(p, out var found) ? found : new Place(-1, false, null, null);
            var isChrome = Boilerplate.Is(element);
            var isArticlePart = (element.LocalName == "header" && parent.InArticle) || Boilerplate.IsByline(element);
            _places[element] = new Place(
                parent.Depth + 1,
                parent.InArticle || element.LocalName is "article" or "main" || element.GetAttribute("role") == "main",
                isChrome ? element : parent.Chrome,
                isChrome && !isArticlePart ? element : parent.ChromeAroundMetadata);
        }
    }

    /// <summary>
    /// Whether the element, or an ancestor of it below <paramref name="root"/>, is boilerplate.
    /// Boilerplate above the root does not count: a story may sit in a wrapper with an unlucky name.
    /// When looking for the headline, byline or date, pass <paramref name="articleHeaderIsContent"/>:
    /// an article's own &lt;header&gt; and byline hold them (the site's banner header still counts).
    /// </summary>
    public bool IsWithin(IElement element, IElement root, bool articleHeaderIsContent = false)
    {
        if (!_places.TryGetValue(element, out var place) || !_places.TryGetValue(root, out var rootPlace)) return false;
        var chrome = articleHeaderIsContent ? place.ChromeAroundMetadata : place.Chrome;
        // The deepest boilerplate element above is below the root exactly when it is deeper than the root.
        return chrome is not null && _places[chrome].Depth > rootPlace.Depth;
    }
}
