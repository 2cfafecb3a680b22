using NewsArchive.Indexer;
using Serilog;
using Serilog.Events;
using Serilog.Extensions.Logging;

// Warnings (each skipped input) go to standard error; the summary goes to standard output.
Log.Logger = new LoggerConfiguration()
    .MinimumLevel.Warning()
    .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
    .CreateLogger();
try
{
    using var loggers = new SerilogLoggerFactory(Log.Logger);
    return await IndexerCommand.Create(loggers).Parse(args).InvokeAsync();
}
finally
{
    await Log.CloseAndFlushAsync();
}
