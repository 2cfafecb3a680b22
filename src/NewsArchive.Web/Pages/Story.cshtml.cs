using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsArchive.Core.Search;
using NewsArchive.Core.Stories;

namespace NewsArchive.Web.Pages;

/// <summary>A story's page (its permalink): every version in order, two compared side by side, and the names they spell differently.</summary>
public sealed class StoryModel(ArchiveSearcher searcher) : PageModel
{
    public StoryView View { get; private set; } = null!;

    public IActionResult OnGet(string? id, string? a, string? b)
    {
        if (!StoryId.TryParse(id, out var story) || searcher.Story(story, a, b) is not { } view) return NotFound();
        View = view;
        return Page();
    }
}
