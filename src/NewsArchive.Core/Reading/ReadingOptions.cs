namespace NewsArchive.Core.Reading;

/// <summary>How the readers of a <see cref="CorpusReader"/> read: the same for every file of a run.</summary>
public sealed record ReadingOptions
{
    public static ReadingOptions Default { get; } = new();

    /// <summary>Input field names for article fields, from <c>--map field=name</c>.</summary>
    public FieldMap Fields { get; init; } = FieldMap.Empty;

    /// <summary>
    /// The largest text or Markdown file read: such files are read whole, so a stray log dump or
    /// disk image is refused rather than read into memory.
    /// </summary>
    public long MaxTextFileBytes { get; init; } = PlainTextReader.DefaultMaxBytes;

    /// <summary>
    /// The longest article text kept, in characters (1 Mi, some 150,000 words: longer than any
    /// news article). A longer text keeps its first part, with a warning.
    /// </summary>
    public int MaxArticleChars { get; init; } = 1024 * 1024;

    /// <summary>The longest title kept, in characters (1,000); a longer one is shortened, with a warning.</summary>
    public int MaxTitleChars { get; init; } = 1000;

    /// <summary>
    /// The longest JSON record read, in characters: a JSON Lines line, an array element, or a
    /// file of one object (16 Mi). A longer one is skipped without being held in memory.
    /// </summary>
    public int MaxRecordChars { get; init; } = 16 * 1024 * 1024;

    /// <summary>The most a .gz file may expand to (16 GiB); it is read up to there, then reported.</summary>
    public long MaxDecompressedBytes { get; init; } = 16L * 1024 * 1024 * 1024;

    /// <summary>
    /// The most a .gz file may expand per compressed byte (100; text and JSON give 3 to 20),
    /// judged once it has expanded past <see cref="GzipFileStream.RatioFloorBytes"/>, which tells a
    /// compression bomb within seconds.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>How deeply YAML (front matter, sidecars) may nest lists and mappings (20).</summary>
    public int MaxYamlDepth { get; init; } = 20;

    /// <summary>
    /// How many aliases (<c>*name</c>) YAML may use (20), and how many values it may hold once
    /// they are expanded (10,000): a few hundred bytes of nested aliases expand to billions.
    /// </summary>
    public int MaxYamlAliases { get; init; } = 20;

    /// <inheritdoc cref="MaxYamlAliases"/>
    public int MaxYamlValues { get; init; } = 10_000;

    /// <summary>Problems and warnings told one by one for each file (20); beyond them, only how many more.</summary>
    public int MaxProblemsPerFile { get; init; } = 20;

    /// <summary>Whether <c>NAME.meta.json</c> / <c>NAME.meta.yaml</c> beside a file override what was read from it.</summary>
    public bool UseSidecars { get; init; } = true;

    /// <summary>"Now", for telling a date in the future from a real one; replaceable in tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
