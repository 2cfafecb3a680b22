using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Reading;

/// <summary>What the dateline at the start of a paragraph states.</summary>
/// <param name="Place">Where the story was filed from, as written ("Beijing", "JAKARTA").</param>
/// <param name="Date">The date, when the dateline has one with a year.</param>
/// <param name="Source">The agency in parentheses after the dateline, e.g. "AP".</param>
/// <param name="Length">How many characters of the paragraph the dateline takes, separator included.</param>
internal sealed record Dateline(string Place, DateTimeOffset? Date, string? Source, int Length);

/// <summary>
/// Recognises a dateline: "Beijing, 10 January 2022 (TDI): …", "WASHINGTON (AP) — …",
/// "KYIV, Ukraine, Jan. 10 (Reuters) - …", "JAKARTA - …".
/// </summary>
/// <remarks>
/// A paragraph can open with many things that look alike ("Officials said: …", "UPDATE: …"),
/// so a candidate counts only when it carries evidence of being a dateline: a date, an agency
/// tag, or an all-caps place followed by a dash.
/// </remarks>
internal static partial class DatelineParser
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;

    public static bool TryParse(string paragraph, [NotNullWhen(true)] out Dateline? dateline)
    {
        dateline = null;
        var match = Prefix().Match(paragraph);
        if (!match.Success) return false;

        var head = match.Groups["head"].Value.Trim();
        var comma = head.IndexOf(',');
        var place = (comma < 0 ? head : head[..comma]).Trim();
        if (!PlaceName().IsMatch(place)) return false;

        var agency = match.Groups["agency"];
        if (agency.Success && !AgencyName().IsMatch(agency.Value.Trim())) return false;

        DateTimeOffset? date = null;
        var partialDate = false;
        if (comma >= 0 && !TryReadAfterPlace(head[(comma + 1)..].Trim(), out date, out partialDate)) return false;

        var isDash = match.Groups["separator"].Value.Trim() != ":";
        var evident = agency.Success || date is not null || partialDate || (isDash && IsAllCaps(place));
        if (!evident) return false;

        dateline = new Dateline(place, date, agency.Success ? agency.Value.Trim() : null, match.Length);
        return true;
    }

    /// <summary>What may follow the place: a date, a region ("Ukraine"), or a region then a date.</summary>
    private static bool TryReadAfterPlace(string rest, out DateTimeOffset? date, out bool partialDate)
    {
        date = null;
        partialDate = false;
        if (TryReadDate(rest, out date, out partialDate)) return true;
        var comma = rest.IndexOf(',');
        var region = (comma < 0 ? rest : rest[..comma]).Trim();
        if (!PlaceName().IsMatch(region)) return false;
        return comma < 0 || TryReadDate(rest[(comma + 1)..].Trim(), out date, out partialDate);
    }

    // Wire datelines often omit the year ("Jan. 10"); that still marks a dateline, but is no date.
    private static bool TryReadDate(string text, out DateTimeOffset? date, out bool partialDate)
    {
        date = null;
        partialDate = false;
        if (DateTextParser.TryParse(text, out var parsed))
        {
            date = parsed;
            return true;
        }
        partialDate = MonthDay().IsMatch(text);
        return partialDate;
    }

    private static bool IsAllCaps(string place) =>
        place.Any(char.IsLetter) && !place.Any(char.IsLower);

    // The head stops at the first separator; it cannot hold parentheses or a colon, which keeps a
    // long first sentence from being read as a place.
    [GeneratedRegex(@"^(?<head>[^()\n:]{1,80}?)\s*(?:\((?<agency>[^()\n]{1,40})\))?(?<separator>\s*:|\s+--?|\s*[–—])(?:\s+|$)", Options)]
    private static partial Regex Prefix();

    // One to four capitalised words, allowing the small particles of names like "Rio de Janeiro".
    [GeneratedRegex(@"^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:de|da|del|des|di|do|du|la|le|es|el|al|am|an|upon)\s+)?\p{Lu}[\p{L}.'’-]*){0,3}$", Options)]
    private static partial Regex PlaceName();

    // Capitalised words only, so "(Inputs from AP)" or "(file photo)" is not an agency.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{N}.&'-]*(?:\s+\p{Lu}[\p{L}\p{N}.&'-]*){0,3}$", Options)]
    private static partial Regex AgencyName();

    [GeneratedRegex(@"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?$|^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", Options | RegexOptions.IgnoreCase)]
    private static partial Regex MonthDay();
}
