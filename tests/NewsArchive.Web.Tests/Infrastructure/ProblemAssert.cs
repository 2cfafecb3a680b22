using System.Net;
using System.Text.Json;

namespace NewsArchive.Web.Tests.Infrastructure;

/// <summary>What every machine-readable endpoint answers to a bad parameter: 400, problem details, the parameter named.</summary>
public static class ProblemAssert
{
    public static async Task BadParameterAsync(HttpResponseMessage response, string parameter)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(parameter, problem.RootElement.GetProperty("parameter").GetString());
    }
}
