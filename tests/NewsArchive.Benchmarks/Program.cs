using System.CommandLine;
using System.Globalization;
using NewsArchive.Benchmarks.Headlines;
using NewsArchive.Benchmarks.Load;
using NewsArchive.Benchmarks.Outputs;
using NewsArchive.Benchmarks.Relevance;
using NewsArchive.Benchmarks.Speed;
using NewsArchive.Benchmarks.Spelling;
using NewsArchive.Benchmarks.Stories;

// Results read and compare the same on every machine.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

// One sub-command per benchmark, each in its own folder, each appending its rows to
// results/<benchmark>.jsonl so that runs can be compared over time.
var root = new RootCommand("NewsArchive benchmarks, run by hand: dotnet run -c Release --project tests/NewsArchive.Benchmarks -- <benchmark>")
{
    HeadlinesCommand.Create(),
    LoadCommand.Create(),
    OutputsCommand.Create(),
    RelevanceCommand.Create(),
    SpeedCommand.Create(),
    SpellingCommand.Create(),
    SpellingSetsCommand.Create(),
    StoriesCommand.Create(),
    StoryPairsCommand.Create(),
    StoryPairsDrawCommand.Create(),
    NewsArchive.Benchmarks.Terms.TermsCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
