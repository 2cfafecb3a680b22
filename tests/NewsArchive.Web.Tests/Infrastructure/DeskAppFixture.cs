using System.Text.Json;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// The app over a small corpus in the AllSides shape: five outlets' near-copies of one report,
/// each with its bias and topic as keyword lists, published over three days (times known for
/// three, a date alone for one, none for the last), and unrelated articles beside them.
/// </summary>
public sealed class DeskAppFixture : CorpusAppFixture, IDisposable
{
    /// <summary>The story's versions in the order its page lists them: dated oldest first, the undated last.</summary>
    public static readonly IReadOnlyList<Version> Versions =
    [
        new("desk-1", "Left Daily", "2017-05-09T08:00:00Z", "left", ["politics"]),
        new("desk-2", "Centre Post", "2017-05-09T11:00:00Z", "center", ["politics", "elections"]),
        new("desk-3", "Right Herald", "2017-05-10T08:00:00Z", "right", ["politics"]),
        new("desk-4", "Left Weekly", "2017-05-11", "left", ["politics"]),
        new("desk-5", "Right Wire", null, "right", ["politics"]),
    ];

    public sealed record Version(string Id, string Source, string? Date, string Bias, IReadOnlyList<string> Topics);

    private static TempFolder? corpus;

    public DeskAppFixture() : base(Generate(), "newsarchive-desk-")
    {
    }

    private static string Generate()
    {
        corpus = new TempFolder("newsarchive-desk-corpus-");
        var lines = Versions.Select((v, i) => JsonSerializer.Serialize(new
        {
            id = v.Id,
            title = $"Harbour council votes to close the old pier ({v.Source})",
            body = Report + $" {v.Source} asked the council for comment on version {i + 1}.",
            source = v.Source,
            date = v.Date,
            bias = v.Bias,
            topic = v.Topics,
        })).Concat(Unrelated.Select((text, i) => JsonSerializer.Serialize(new
        {
            id = $"other-{i + 1}",
            title = text.Split('.')[0],
            body = text,
            source = "Elsewhere Gazette",
            date = "2017-03-01T09:00:00Z",
            bias = "center",
        })));
        corpus.Write("desk.jsonl", string.Join('\n', lines) + "\n");
        return corpus.Path;
    }

    private const string Report =
        "The harbour council voted seven to two on Tuesday evening to close the old pier to traffic from next spring. "
        + "Engineers told the meeting that the timber piles under the eastern half had rotted beyond repair after three wet winters. "
        + "Fishermen who moor beside the pier said the closure would cost them an hour of every working day, and asked for a temporary landing stage. "
        + "The council's chair promised a consultation on a new stone jetty, to be paid for by the regional fund for coastal towns. "
        + "Shopkeepers on the front fear that the summer ferry, which calls at the pier twice a day, will stop coming at all. "
        + "A petition against the closure gathered four thousand signatures in a week, more than the town has households. "
        + "The ferry company said it would decide on next year's timetable once the council had published its plans for the jetty.";

    private static readonly string[] Unrelated =
    [
        "Orchard growers expect a late apple harvest. A cold April held back the blossom across the valley, and pickers are being hired for October instead of September.",
        "The county library reopens after a new roof. Readers returned on Monday to find the reading room brighter, the children's corner doubled and the old card catalogue on display.",
        "A choir from the mining villages won the national festival. Forty singers travelled by coach overnight and sang a hymn their grandfathers sang underground.",
    ];

    // The base class's Dispose deletes the index; the generated corpus goes with it.
    void IDisposable.Dispose()
    {
        Dispose();
        corpus?.Dispose();
    }
}
