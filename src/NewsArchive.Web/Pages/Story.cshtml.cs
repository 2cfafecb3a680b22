using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Core.Stories;
using NewsArchive.Web.Infrastructure;

namespace NewsArchive.Web.Pages;

/// <summary>A story's page (its permalink): every version in order, two compared side by side, and the names they spell differently.</summary>
public sealed class StoryModel(IArchive archive) : PageModel
{
    public StoryView View { get; private set; } = null!;

    public IActionResult OnGet(string? id, string? a, string? b)
    {
        if (!StoryId.TryParse(id, out var story)) return NotFound();
        if (archive.Story(story, a, b) is not { } view)
            // A story merged into another when a later report bridged them: its permalink leads there.
            return archive.StoryMergedInto(story) is { } into ? RedirectPermanent(SearchLinks.Story(into, Given(a), Given(b))) : NotFound();
        // An article outside the story is compared on the page for any two articles, which names an
        // unknown id, rather than silently swapped here for one of the story's versions.
        if (IsOutside(view, a) || IsOutside(view, b))
            return Redirect(SearchLinks.CompareArticles(Given(a) ?? view.Versions[0].Version.Id, Given(b) ?? view.Versions[0].Version.Id));
        View = view;
        return Page();
    }

    private static string? Given(string? id) => string.IsNullOrEmpty(id) ? null : id;

    private static bool IsOutside(StoryView view, string? id) => Given(id) is { } given && view.Versions.All(v => v.Version.Id != given);
}
