namespace NewsArchive.Benchmarks.Stories;

/// <summary>Two articles drawn in a stratum and dealt into a half, with the label they were given ("?" until read).</summary>
internal sealed record DrawnPair(string Label, string Half, string Stratum, PairArticle A, PairArticle B);

/// <summary>A labelled pair as the benchmark reads it: the ids only, the rest of the row is for the reader.</summary>
internal sealed record LabelledPair(string Label, string Half, string Stratum, string IdA, string IdB);

/// <summary>
/// A pairs file: tab-separated with a header, one pair a line, with what a reader needs to label
/// it (dates, outlets, headlines, openings). Written unlabelled by the draw; labelled by reading.
/// </summary>
internal static class PairsFile
{
    public const string Undecided = "?";
    public const string Same = "same";
    public const string Related = "related";
    public const string Different = "different";

    private const string Header = "label\thalf\tstratum\tidA\tidB\tdateA\tdateB\tsiteA\tsiteB\ttitleA\ttitleB\tleadA\tleadB";

    public static void Write(string path, IEnumerable<DrawnPair> pairs) =>
        File.WriteAllLines(path, pairs.Select(p => string.Join('\t',
            p.Label, p.Half, p.Stratum, p.A.Id, p.B.Id, Day(p.A), Day(p.B), p.A.Site, p.B.Site, p.A.Title, p.B.Title, p.A.Lead, p.B.Lead))
            .Prepend(Header));

    public static List<LabelledPair> Read(string path) =>
        File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split('\t') switch
        {
            [var label, var half, var stratum, var idA, var idB, ..] when label is Undecided or Same or Related or Different =>
                new LabelledPair(label, half, stratum, idA, idB),
            _ => throw new FormatException($"{path}: expected a label (?, same, related or different) and thirteen tab-separated columns: {line}"),
        }).ToList();

    private static string Day(PairArticle article) => article.Day.ToString("yyyy-MM-dd");
}
