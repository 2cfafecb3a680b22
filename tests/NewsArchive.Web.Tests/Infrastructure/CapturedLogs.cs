using System.Collections.Concurrent;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>
/// Every log event of an app, from Information up, kept to be read by a test: the app's Serilog
/// reads its sinks from the services (ReadFrom.Services), so a test adds this one.
/// </summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> events = new();

    public IReadOnlyList<LogEvent> Events => events.ToList();

    public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);

    /// <summary>The events at Error or above, rendered with their exception's type, for an assertion's message.</summary>
    public IReadOnlyList<string> Errors =>
        Events.Where(e => e.Level >= LogEventLevel.Error).Select(e => $"{e.Level}: {e.RenderMessage()} {e.Exception?.GetType().Name}").ToList();

    public bool Any(LogEventLevel level, string containing) =>
        Events.Any(e => e.Level == level && e.RenderMessage().Contains(containing, StringComparison.OrdinalIgnoreCase));

    /// <summary>The app of <paramref name="factory"/>, logging Information and up into this sink, and with <paramref name="services"/> changed.</summary>
    public WebApplicationFactory<Program> Into(WebApplicationFactory<Program> factory, Action<IServiceCollection>? services = null) =>
        factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
            builder.ConfigureServices(collection =>
            {
                collection.AddSingleton<ILogEventSink>(this);
                services?.Invoke(collection);
            });
        });
}
