using System.IO.Compression;
using System.Text;

namespace NewsArchive.Tests.Shared;

/// <summary>
/// A folder of articles in every format the archive reads, each naming its own outlet and date,
/// plus the kinds of files it must report and skip. For tests that check every format end to end.
/// </summary>
internal static class MixedCorpus
{
    /// <summary>The outlet and day each readable file states, by the article's id.</summary>
    public static IReadOnlyDictionary<string, (string Source, string Day)> Expected { get; } = new Dictionary<string, (string, string)>
    {
        ["plain.txt"] = ("TDI", "2022-01-10"),
        ["page.html"] = ("Harbour Herald", "2022-02-03"),
        ["front-matter.md"] = ("Valley Courier", "2022-03-04"),
        ["one-object"] = ("Wire One", "2022-04-05"),
        ["array-1"] = ("Array Times", "2022-05-06"),
        ["lines-1"] = ("Line News", "2022-06-07"),
        ["with-sidecar.txt"] = ("Sidecar Gazette", "2022-07-08"),
    };

    /// <summary>Files that cannot be used, with a word their skip reason contains.</summary>
    public static IReadOnlyDictionary<string, string> Unusable { get; } = new Dictionary<string, string>
    {
        ["empty.txt"] = "empty",
        ["image.txt"] = "binary",
        ["notes.docx"] = "unsupported",
    };

    public static void WriteTo(string folder)
    {
        Write(folder, "plain.txt", "Talks held in the capital\n\nBeijing, 10 January 2022 (TDI): The two ministers spoke by phone about the harbour.");
        Write(folder, "page.html", """
            <!DOCTYPE html><html><head><title>Harbour reopens | Harbour Herald</title>
            <meta property="og:site_name" content="Harbour Herald">
            <meta property="article:published_time" content="2022-02-03T09:00:00Z"></head>
            <body><nav><a href="/">Home</a></nav><article><h1>Harbour reopens</h1>
            <p>The harbour reopened on Thursday after the storm.</p><p>Ships came back to the quay.</p></article>
            <footer>Share this story</footer></body></html>
            """);
        Write(folder, "front-matter.md", "---\ntitle: Library approved\ndate: 2022-03-04\nsource: Valley Courier\ntags: [council, library]\n---\n# Library approved\n\nThe council approved the *new* library near the harbour.\n");
        Write(folder, "one-object.json", """{"id": "one-object", "headline": "Port strike ends", "text": "The port strike at the harbour ended.", "publisher": {"name": "Wire One"}, "datePublished": "2022-04-05"}""");
        Write(folder, "array.json", """[{"id": "array-1", "title": "Ferry timetable", "maintext": "The harbour ferry gets a new timetable.", "source_domain": "Array Times", "date_publish": "2022-05-06 08:00:00"}]""");
        WriteGzip(folder, "lines.jsonl.gz", """{"id": "lines-1", "title": "Fish prices", "body": "Fish prices at the harbour fell.", "source": "Line News", "date": "2022-06-07"}""" + "\n");
        Write(folder, "with-sidecar.txt", "Lighthouse repainted\n\nThe harbour lighthouse was repainted white.");
        Write(folder, "with-sidecar.meta.json", """{"source": "Sidecar Gazette", "date": "2022-07-08"}""");

        Write(folder, "empty.txt", "   \n");
        File.WriteAllBytes(Path.Combine(folder, "image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x00, 0x01]);
        Write(folder, "notes.docx", "not really a document");
    }

    private static void Write(string folder, string name, string text) =>
        File.WriteAllText(Path.Combine(folder, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));

    private static void WriteGzip(string folder, string name, string text)
    {
        using var file = File.Create(Path.Combine(folder, name));
        using var gzip = new GZipStream(file, CompressionLevel.Optimal);
        gzip.Write(Encoding.UTF8.GetBytes(text));
    }
}
