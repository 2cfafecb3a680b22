using System.CommandLine;
using System.CommandLine.Help;
using System.Globalization;
using NewsArchive.Core.Search;

namespace NewsArchive.Indexer;

/// <summary>
/// The "search" subcommand: the web app's search from a terminal or a script. Its options are the
/// search page's URL parameters under the names a command line expects.
/// </summary>
internal static class SearchCommand
{
    public const string Name = "search";

    public static Command Create()
    {
        var query = new Argument<string>("query")
        {
            Description = "What to look for, as in the web app's search box: all words must match, in any English form; " +
                "\"a phrase\", -word, OR, word*, word~, title:word and source:name as on its /help page. Quote it as one argument. " +
                "Leave it out to browse the archive, newest first.",
            // One argument only: a second word without quotes is reported rather than silently
            // joined to the query or taken for something else.
            Arity = ArgumentArity.ZeroOrOne,
        };
        var index = new Option<string>("--index") { Description = "The index folder to search.", Required = true, HelpName = "DIR" };
        var sources = new Option<string[]>("--source")
        {
            Description = "Only articles of this outlet, written as the archive names it. Repeat for any of several.",
            HelpName = "NAME",
            // "--source Reuters cocoa" must not make cocoa a second outlet.
            AllowMultipleArgumentsPerToken = false,
        };

        var keywords = new Option<string[]>("--kw")
        {
            Description = "Only articles with this value of a keyword list, written list:value (topic:immigration, bias:left). Repeat for any of several values; several lists must all match.",
            HelpName = "LIST:VALUE",
            AllowMultipleArgumentsPerToken = false,
        };
        var group = new Option<string>("--group")
        {
            Description = "story: one hit per story (the most relevant version), counting stories; none (the default): every article.",
            HelpName = "story|none",
        };

        // Dates, sort and numbers are read as text and checked by SearchArguments: a wrong value
        // is then a usage error (exit code 2) saying what is accepted, as the web app says it,
        // instead of the parser's generic error.
        var from = new Option<string>("--from") { Description = $"Only articles dated on or after this day; a month or year means its first day. {FilterDates.Forms}.", HelpName = "DATE" };
        var to = new Option<string>("--to") { Description = $"Only articles dated on or before this day; a month or year means its last day. {FilterDates.Forms}.", HelpName = "DATE" };
        var sort = new Option<string>("--sort")
        {
            Description = "The order of the hits: added is newest to the archive first; random is a random sample fixed by --seed. By default relevance for a query, newest when browsing.",
            HelpName = string.Join('|', SearchSorts.Names),
        };
        var seed = new Option<string>("--seed") { Description = "With --sort random: the sample, 0 (the default) or any whole number; the same seed gives the same sample.", HelpName = "N" };
        var limit = new Option<string>("--limit")
        {
            Description = $"Hits to show, 1 to {SearchRequest.MaxPageSize}.",
            HelpName = "N",
            DefaultValueFactory = _ => SearchArguments.DefaultLimit.ToString(CultureInfo.InvariantCulture),
        };
        var page = new Option<string>("--page") { Description = "Which page of hits to show, --limit hits a page.", HelpName = "N", DefaultValueFactory = _ => "1" };
        var exact = new Option<bool>("--exact") { Description = "Match words only as typed: protest no longer finds protested." };
        var asTyped = new Option<bool>("--as-typed") { Description = "Search the query as typed even when it finds nothing; without it, such a query shows what its spelling correction finds, and says so." };
        var json = new Option<bool>("--json") { Description = "Print the results as one JSON document, for scripts, instead of text." };

        var command = new Command(Name, "Searches an index and prints the hits, as the web app's search finds them.")
        {
            query, index, sources, keywords, from, to, sort, seed, limit, page, group, exact, asTyped, json,
            // Its own help option, found before the root's, so that its help (also shown with a
            // parse error) leaves out the indexer's file arguments.
            new HelpOption { Action = new SubcommandHelpAction() },
        };
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            var arguments = new SearchArguments(
                parse.GetValue(query),
                parse.GetValue(sources) ?? [],
                parse.GetValue(keywords) ?? [],
                parse.GetValue(from),
                parse.GetValue(to),
                parse.GetValue(sort),
                parse.GetValue(seed),
                parse.GetValue(limit),
                parse.GetValue(page),
                parse.GetValue(group),
                parse.GetValue(exact),
                parse.GetValue(asTyped));
            var (request, problem) = arguments.Bind();
            if (request is null)
            {
                error.WriteLine(problem);
                return IndexerCommand.UsageError;
            }
            var format = parse.GetValue(json) ? SearchOutput.Json : SearchPrinter.CanMark(output) ? SearchOutput.MarkedText : SearchOutput.Text;
            return new SearchRun(IndexerCommand.Engine, parse.GetValue(index)!, request, format, output, error).Execute();
        });
        return command;
    }
}
