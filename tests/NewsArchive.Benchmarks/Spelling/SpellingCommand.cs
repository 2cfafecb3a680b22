using System.CommandLine;

namespace NewsArchive.Benchmarks.Spelling;

/// <summary>The "spelling" sub-command: its options, handed to <see cref="SpellingBenchmark"/>.</summary>
internal static class SpellingCommand
{
    public static Command Create()
    {
        var index = new Option<string>("--index") { Description = "An index built by the indexer.", Required = true };
        var sets = new Option<string[]>("--sets")
        {
            Description = "Set files (word, expected, half; tab-separated), e.g. tests/NewsArchive.Benchmarks/Spelling/sets/allsides-*.tsv.",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var showFailures = new Option<bool>("--show-failures") { Description = "Print every word not put right: the word, the meant word, the offer." };

        var command = new Command("spelling", "Did you mean: the share of misspellings offered the right word, and of correct words offered anything.")
        {
            index, sets, showFailures,
        };
        command.SetAction(parse => new SpellingBenchmark(
            parse.GetValue(index)!, parse.GetValue(sets)!, parse.GetValue(showFailures), parse.InvocationConfiguration.Output).Run());
        return command;
    }
}
