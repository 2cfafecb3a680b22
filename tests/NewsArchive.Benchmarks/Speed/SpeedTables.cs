namespace NewsArchive.Benchmarks.Speed;

/// <summary>The speed benchmark's console tables, one per step.</summary>
internal static class SpeedTables
{
    private const string NotAvailable = "n/a";

    public static void Index(IEnumerable<IndexRow> rows, TextWriter output) => Write(output, "Index (the indexer, its own process)",
        new TextTable("size", "corpus", "articles", "seconds", "articles/s", "input MB", "MB/s", "peak MB", "not files MB", "index MB", "grouping s", "grouping ms/article"),
        rows.Select(r => new[]
        {
            r.Size, r.Corpus, $"{r.Articles}", $"{r.Seconds:0.0}", $"{r.ArticlesPerSecond:0}", $"{r.InputMegabytes:0.0}",
            $"{r.MegabytesPerSecond:0.00}", Megabytes(r.PeakMegabytes), Megabytes(r.PeakAnonymousMegabytes), $"{r.IndexMegabytes:0.0}",
            r.GroupingSeconds is { } g ? $"{g:0.0}" : NotAvailable, r.GroupingMsPerArticle is { } m ? $"{m:0.000}" : NotAvailable,
        }));

    public static void Search(IEnumerable<SearchRow> rows, TextWriter output) => Write(output, "Search (ArchiveSearcher.Search in process, one thread)",
        new TextTable("size", "queries", "results", "group", "kinds", "searches", "p50 ms", "p90 ms", "p99 ms", "max ms", "dates filter"),
        rows.Select(r => new[]
        {
            r.Size, r.Queries, r.Results, r.Group, $"{r.Kinds}", $"{r.Searches}", $"{r.P50Ms:0.00}", $"{r.P90Ms:0.00}", $"{r.P99Ms:0.00}", $"{r.MaxMs:0.00}", r.DateWindow,
        }));

    public static void Reference(IEnumerable<ReferenceRow> rows, TextWriter output) => Write(output, "The app's counts search against bare Lucene.Net (the same diverse searches, side by side)",
        new TextTable("size", "searches", "app p50 ms", "bare p50 ms", "p50 ratio", "median ratio", "app p99 ms", "bare p99 ms"),
        rows.Select(r => new[]
        {
            r.Size, $"{r.Searches}", $"{r.AppP50Ms:0.00}", $"{r.ReferenceP50Ms:0.00}", $"{r.P50Ratio:0.00}", $"{r.MedianRatio:0.00}", $"{r.AppP99Ms:0.00}", $"{r.ReferenceP99Ms:0.00}",
        }));

    public static void Coverage(IEnumerable<CoverageRow> rows, TextWriter output) => Write(output, "Compare (coverage charts and characteristic words in process, one at a time)",
        new TextTable("size", "kind", "asked", "p50 ms", "p90 ms", "p99 ms", "max ms", "mean ms"),
        rows.Select(r => new[] { r.Size, r.Kind, $"{r.Asked}", $"{r.P50Ms:0.0}", $"{r.P90Ms:0.0}", $"{r.P99Ms:0.0}", $"{r.MaxMs:0.0}", $"{r.MeanMs:0.0}" }));

    public static void Kinds(IEnumerable<(string Size, KindTiming Timing)> rows, TextWriter output) => Write(output, "Search by kind",
        new TextTable("size", "kind", "hits", "mean ms"),
        rows.Select(r => new[] { r.Size, r.Timing.Kind.Name, $"{r.Timing.Hits}", $"{r.Timing.MeanMs:0.00}" }));

    public static void Web(IEnumerable<WebRow> rows, TextWriter output) => Write(output, "Web (the web app, its own process, under load)",
        new TextTable("size", "target", "clients", "seconds", "requests", "req/s", "p50 ms", "p99 ms", "errors", "RSS MB", "peak MB", "anon MB"),
        rows.Select(r => new[]
        {
            r.Size, r.Target, $"{r.Clients}", $"{r.Seconds:0.0}", $"{r.Requests}", $"{r.RequestsPerSecond:0.0}", $"{r.P50Ms:0.0}",
            $"{r.P99Ms:0.0}", $"{r.Errors}", Megabytes(r.ResidentMegabytes), Megabytes(r.PeakResidentMegabytes),
            Megabytes(r.AnonymousMegabytes),
        }));

    public static void Startup(IEnumerable<StartupRow> rows, TextWriter output) => Write(output, "First start (bundled corpus, empty index, until a search answers)",
        new TextTable("run", "seconds", "articles"),
        rows.Select(r => new[] { $"{r.Run}", $"{r.Seconds:0.0}", $"{r.Articles}" }));

    private static void Write(TextWriter output, string title, TextTable table, IEnumerable<string[]> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            table.Add(row);
            any = true;
        }
        if (!any) return;
        output.WriteLine();
        output.WriteLine(title);
        table.WriteTo(output);
    }

    private static string Megabytes(double? megabytes) => megabytes is { } mb ? $"{mb:0}" : NotAvailable;
}
