using Lucene.Net.Index;
using Lucene.Net.Util;

namespace NewsArchive.LuceneEngine.Indexing;

/// <summary>
/// An article's id and headline as kept in <see cref="ArchiveSchema.Listing"/>: a list of
/// articles (a hit's other versions, related articles) reads these few bytes where a stored
/// document costs the decompression of its block of text.
/// </summary>
public static class ArticleListing
{
    /// <summary>Changed whenever the layout changes; a value of another version is read as absent.</summary>
    private const byte Version = 1;

    /// <summary>A list never shows more of a headline; the stored title keeps all of it.</summary>
    public const int MaxTitleCharacters = 1_000;

    public static byte[] Encode(string id, string title) => VersionedValue.Write(Version, 16 + id.Length + title.Length, writer =>
    {
        writer.Write(id);
        writer.Write(Shortened(title));
    });

    /// <summary>The headline cut to <see cref="MaxTitleCharacters"/>, never between the two halves of a character beyond the 16-bit range.</summary>
    private static string Shortened(string title)
    {
        if (title.Length <= MaxTitleCharacters) return title;
        var end = char.IsHighSurrogate(title[MaxTitleCharacters - 1]) ? MaxTitleCharacters - 1 : MaxTitleCharacters;
        return title[..end];
    }

    /// <summary>The id and headline in <paramref name="value"/>, or null when it holds none of this version (an article indexed before they were kept).</summary>
    public static (string Id, string Title)? Decode(BytesRef value)
    {
        if (VersionedValue.Open(value, Version) is not { } reader) return null;
        using (reader) return (reader.ReadString(), reader.ReadString());
    }

    /// <summary>The listing of the article numbered <paramref name="doc"/> in <paramref name="reader"/>, outlet and date from their doc values; null when it has none kept.</summary>
    public static (string Id, string Title, string? Source, DateTimeOffset? Date)? Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        var segment = leaf.AtomicReader;
        var local = doc - leaf.DocBase;
        if (segment.GetBinaryDocValues(ArchiveSchema.Listing) is not { } listings) return null;
        var bytes = new BytesRef();
        listings.Get(local, bytes);
        if (Decode(bytes) is not var (id, title)) return null;

        string? source = null;
        if (segment.GetSortedDocValues(ArchiveSchema.Source) is { } sources && sources.GetOrd(local) >= 0)
        {
            sources.Get(local, bytes);
            source = bytes.Utf8ToString();
        }
        DateTimeOffset? date = segment.GetDocsWithField(ArchiveSchema.Date)?.Get(local) == true && segment.GetNumericDocValues(ArchiveSchema.Date) is { } dates
            ? DateTimeOffset.FromUnixTimeMilliseconds(dates.Get(local))
            : null;
        return (id, title, source, date);
    }
}
