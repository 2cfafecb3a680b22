using System.Globalization;

namespace NewsArchive.Benchmarks.Speed;

internal enum CorpusKind
{
    /// <summary>The bundled Reuters-21578 file, as it is.</summary>
    Bundled,

    /// <summary>The AllSides file given by --allsides, as it is.</summary>
    AllSides,

    /// <summary>A generated file of exactly <see cref="CorpusSize.Articles"/> copies of real stories.</summary>
    Scaled,
}

/// <summary>One size the benchmark measures: its label (which names its index folder) and roughly how many articles.</summary>
/// <param name="Articles">Exact for scaled sizes; for the two real files, their known count, used only to order the sizes.</param>
internal sealed record CorpusSize(string Label, CorpusKind Kind, int Articles)
{
    public const string BundledLabel = "21.6k";
    public const string AllSidesLabel = "allsides";

    public static readonly CorpusSize Bundled = new(BundledLabel, CorpusKind.Bundled, 21_578);
    public static readonly CorpusSize AllSides = new(AllSidesLabel, CorpusKind.AllSides, 37_554);

    /// <summary>"21.6k", "allsides", or a count with an optional k or M: 216k, 1M, 1.5M, 50000.</summary>
    public static bool TryParse(string text, out CorpusSize size)
    {
        text = text.Trim();
        size = Bundled;
        if (text.Equals(BundledLabel, StringComparison.OrdinalIgnoreCase)) return true;
        size = AllSides;
        if (text.Equals(AllSidesLabel, StringComparison.OrdinalIgnoreCase)) return true;

        var multiplier = text.EndsWith('k') || text.EndsWith('K') ? 1_000 : text.EndsWith('M') || text.EndsWith('m') ? 1_000_000 : 1;
        var number = multiplier == 1 ? text : text[..^1];
        if (!decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return false;
        var articles = value * multiplier;
        if (articles < 1 || articles > int.MaxValue || articles != decimal.Truncate(articles)) return false;
        size = Scaled((int)articles);
        return true;
    }

    /// <summary>One label per count, however it was typed: 30k and 30000 share a corpus file and an index.</summary>
    public static CorpusSize Scaled(int articles)
    {
        var label = articles % 1_000_000 == 0 ? $"{articles / 1_000_000}M"
            : articles % 1_000 == 0 ? $"{articles / 1_000}k"
            : articles.ToString(CultureInfo.InvariantCulture);
        return new CorpusSize(label, CorpusKind.Scaled, articles);
    }

    public override string ToString() => Label;
}
