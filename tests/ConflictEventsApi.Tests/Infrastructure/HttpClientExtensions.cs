namespace ConflictEventsApi.Tests.Infrastructure;

public static class HttpClientExtensions
{
    public static async Task<JsonElement> GetJsonAsync(this HttpClient client, string url)
    {
        var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    public static IEnumerable<string> Ids(this JsonElement page, string property = "id") =>
        page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(property).GetString()!);

    /// <summary>Follows nextCursor from the given first-page URL and returns every item's id (or other property) in order.</summary>
    public static async Task<List<string>> WalkAllPagesAsync(this HttpClient client, string firstPageUrl, string property = "id")
    {
        var ids = new List<string>();
        var url = firstPageUrl;
        for (var pages = 0; pages < 1000; pages++)
        {
            var page = await client.GetJsonAsync(url);
            ids.AddRange(page.Ids(property));
            if (page.GetProperty("nextCursor").GetString() is not { } cursor) return ids;
            url = $"{firstPageUrl}&cursor={Uri.EscapeDataString(cursor)}";
        }
        throw new InvalidOperationException("Paging did not end after 1000 pages.");
    }
}
