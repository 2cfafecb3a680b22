namespace NewsArchive.Web.Infrastructure;

/// <summary>
/// The archive is only read: every address answers GET and HEAD (a HEAD runs as the GET and the
/// server leaves out the body), anything else 405. Minimal APIs map only the method they are given,
/// so HEAD was refused where GET worked; a page asked with another method (TRACE) ran no handler
/// and rendered its model unset, a 500.
/// </summary>
public static class ReadMethods
{
    private static readonly string[] Read = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>HEAD as well wherever the endpoints of <paramref name="builder"/> answer GET.</summary>
    public static TBuilder AllowHead<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            // The last method metadata is the one routing matches on.
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
        });
        return builder;
    }

    /// <summary>Pages answer GET and HEAD only.</summary>
    public static PageActionEndpointConventionBuilder OnlyRead(this PageActionEndpointConventionBuilder pages) =>
        pages.WithMetadata(new HttpMethodMetadata(Read));
}
