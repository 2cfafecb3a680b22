using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsArchive.Benchmarks.Speed;

/// <summary>
/// A corpus of any size made of real text: the source files' stories, cycled through as often as
/// needed, each copy with a new id (scaled-0, scaled-1, …), a date moved by whole years (see
/// <see cref="ShiftedDate"/>) and every other field as it was, so that the words, lengths and
/// facets are those of real news. Written as plain JSON Lines once and kept in the work folder.
/// </summary>
internal static class ScaledCorpus
{
    // Text as it is, not \u-escaped: the file's size is then the text's size.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The file of <paramref name="articles"/> copies from <paramref name="sources"/>, generated unless a finished one is there.</summary>
    public static string Ensure(string work, int articles, IReadOnlyList<string> sources, TextWriter output)
    {
        var path = Path.Combine(work, $"scaled-{articles}.jsonl");
        // The marker is written last, so a file without it (an interrupted run) is generated again;
        // it also names the sources, since the same count made without AllSides is another corpus.
        var markerPath = path + ".done";
        var marker = JsonSerializer.Serialize(new { lines = articles, sources = sources.Select(Path.GetFileName) });
        if (File.Exists(path) && File.Exists(markerPath) && File.ReadAllText(markerPath) == marker)
        {
            output.WriteLine($"Using {Relative(path)} ({articles:N0} articles, generated earlier).");
            return path;
        }

        Directory.CreateDirectory(work);
        File.Delete(markerPath);
        var clock = Stopwatch.StartNew();
        var partial = path + ".partial";
        Write(partial, articles, sources);
        File.Move(partial, path, overwrite: true);
        File.WriteAllText(markerPath, marker);
        output.WriteLine($"Generated {Relative(path)}: {articles:N0} articles from {string.Join(" and ", sources.Select(Path.GetFileName))}, " +
            $"{new FileInfo(path).Length / 1e6:N0} MB in {clock.Elapsed.TotalSeconds:N1} s.");
        return path;
    }

    /// <summary>Streams copy after copy to the file: a million articles never sit in memory.</summary>
    private static void Write(string path, int articles, IReadOnlyList<string> sources)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 20);
        using var writer = new Utf8JsonWriter(file, WriterOptions);
        var copy = 0;
        foreach (var line in Cycle(sources).Take(articles))
        {
            using var story = JsonDocument.Parse(line);
            WriteCopy(writer, story.RootElement, copy++);
            writer.Flush();
            file.WriteByte((byte)'\n');
            // One JSON value per line: the writer starts over for each.
            writer.Reset();
        }
    }

    private static void WriteCopy(Utf8JsonWriter writer, JsonElement story, int copy)
    {
        writer.WriteStartObject();
        writer.WriteString("id", $"scaled-{copy}");
        foreach (var property in story.EnumerateObject())
        {
            if (property.NameEquals("id")) continue;
            // Undated stories stay undated: there is no date property to shift.
            if (property.NameEquals("date") && property.Value.ValueKind == JsonValueKind.String)
                writer.WriteString("date", ShiftedDate.Shift(property.Value.GetString()!, copy));
            else
                property.WriteTo(writer);
        }
        writer.WriteEndObject();
    }

    /// <summary>Every story of every source, then again from the start, without end.</summary>
    private static IEnumerable<string> Cycle(IReadOnlyList<string> sources)
    {
        while (true)
        {
            var any = false;
            foreach (var source in sources)
            {
                using var reader = CorpusText.Open(source);
                for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                {
                    if (!line.TrimStart().StartsWith('{')) continue;
                    any = true;
                    yield return line;
                }
            }
            if (!any) throw new InvalidDataException($"No JSON objects in {string.Join(", ", sources)}.");
        }
    }

    private static string Relative(string path) => Path.GetRelativePath(Environment.CurrentDirectory, path);
}
