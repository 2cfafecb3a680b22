using NewsArchive.LuceneEngine.Readers;

namespace NewsArchive.Benchmarks.Stories;

/// <summary>How an index's articles are spread over stories: stories by size, and the articles that share a story.</summary>
internal sealed record StorySizes(int Articles, int Stories, int Of1, int Of2, int Of3To5, int Of6To10, int Of11To50, int Over50, int ArticlesInSeveral, int Largest)
{
    public static StorySizes Of(StoryTable table, int articles)
    {
        var sizes = table.All().Select(s => s.Members.Length).ToList();
        // An article never grouped is a story of its own, as the app shows it.
        var alone = articles - sizes.Sum();
        int Count(int low, int high) => sizes.Count(n => n >= low && n <= high);
        return new StorySizes(articles, sizes.Count + alone, Count(1, 1) + alone, Count(2, 2), Count(3, 5), Count(6, 10), Count(11, 50), Count(51, int.MaxValue),
            sizes.Where(n => n > 1).Sum(), sizes.DefaultIfEmpty(1).Max());
    }

    public void WriteTo(TextWriter output)
    {
        output.WriteLine($"{Articles:N0} articles in {Stories:N0} stories; {ArticlesInSeveral:N0} articles ({(double)ArticlesInSeveral / Math.Max(1, Articles):P1}) in stories of 2 or more; the largest has {Largest:N0}.");
        var table = new TextTable("size", "stories");
        foreach (var (label, count) in new[] { ("1", Of1), ("2", Of2), ("3-5", Of3To5), ("6-10", Of6To10), ("11-50", Of11To50), (">50", Over50) })
            table.Add(label, count.ToString());
        table.WriteTo(output);
    }
}
