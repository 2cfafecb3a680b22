using System.Diagnostics.CodeAnalysis;
using NewsArchive.Core.Articles;

namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// An article id from a request's path, checked before the index is asked. Ids are any text a
/// corpus gives (slashes, markup, control characters), so no characters are refused; they are
/// only ever looked up as one term of the index, never used as a path, so no file is read for
/// one. What cannot be an id — blank, or longer than the index holds as a term (such articles
/// are skipped when indexed) — is answered 404 without a search.
/// </summary>
public static class ArticleIds
{
    public static bool CanExist([NotNullWhen(true)] string? id) =>
        !string.IsNullOrWhiteSpace(id) && WholeValueLimit.Fits(id);
}
