using System.Text;

namespace ConflictEventsApi.Tests.Reliability;

/// <summary>
/// Generates hostile GET requests for one operation of the OpenAPI document from a seeded
/// Random, so a failing case reproduces from its seed and number.
/// </summary>
public sealed class HostileRequests(Random random, IReadOnlyList<string> validCursors)
{
    private static readonly string[] Hostile =
    [
        "' OR 1=1 --", "1; DROP TABLE events; --", "\" OR \"\"=\"", "%27%20OR%201%3D1--", "'); DELETE FROM actors; --",
        "sochi' UNION SELECT password FROM pg_shadow --", "$$; SELECT pg_sleep(10); $$", "\\", "\\x00", "%00", "\0",
        "-1", "0", "-2147483649", "2147483648", "99999999999999999999999999", "-9223372036854775809", "1e308", "NaN",
        "Infinity", "0x10", "1.5", " 5", "5 ", "+5",
        "%FF", "%FF%FE", "%C3%28", "%E2%82", "%ED%A0%80", "%F4%90%80%80", "%", "%%", "%zz", "%2", "%u0041", "%25%32%35",
        "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "..\\..\\windows", "/", "//", "%2F",
        "☃", "𝕊ochi", "\u202Eidos", "null", "undefined", "[]", "{}", "true", "false", "*", "?", "&", "=", "#", ";",
        "2017-13-45", "0001-01-01", "9999-12-31", "10000-01-01", "2018-02-30", "2018-01-30T10:00:00Z", "yesterday",
        "<script>alert(1)</script>", "${jndi:ldap://x}", "{{7*7}}", "%0d%0aSet-Cookie:%20x=y",
    ];

    private static readonly string[] Valid =
    [
        "sochi", "geneva", "astana", "russia", "syrian-national-coalition", "congress", "held", "rejects", "1", "10",
        "100", "2017-11-01", "2018-01-30", "true", "false", "json", "csv", "geojson", "date", "-date", "track", "month",
    ];

    private static readonly string[] AcceptHeaders =
    [
        "*/*", "application/json", "text/csv", "application/geo+json", "text/html", "application/xml", "garbage",
        "application/json;q=0", "text/csv, application/json;q=0.5", "image/png", "*/*;q=abc", "", "text/*",
        "application/problem+json", "application/json, " + new string('x', 4000),
    ];

    public HttpRequestMessage Next(string pathTemplate, IReadOnlyList<(string Name, string In, IReadOnlyList<string> Enum)> parameters)
    {
        var path = new StringBuilder();
        foreach (var segment in pathTemplate.Split('/', StringSplitOptions.RemoveEmptyEntries))
            path.Append('/').Append(segment.StartsWith('{') ? PathValue() : segment);

        var query = new List<string>();
        foreach (var (name, location, enumValues) in parameters.Where(p => p.In == "query"))
        {
            if (random.NextDouble() < 0.5) continue;
            var repeats = random.NextDouble() < 0.1 ? random.Next(2, 6) : 1;
            for (var i = 0; i < repeats; i++)
                query.Add($"{name}={ValueFor(name, enumValues)}");
        }
        if (random.NextDouble() < 0.15) query.Add($"{Value(0.5)}={Value(0.5)}");
        if (random.NextDouble() < 0.05) query.Add(string.Join('&', Enumerable.Range(0, 200).Select(i => $"limit={i}")));

        var url = query.Count == 0 ? path.ToString() : $"{path}?{string.Join('&', query)}";
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        if (random.NextDouble() < 0.7) request.Headers.TryAddWithoutValidation("Accept", Pick(AcceptHeaders));
        if (random.NextDouble() < 0.1) request.Headers.TryAddWithoutValidation("If-None-Match", Pick(["*", "\"x\"", "garbage", "W/\"\""]));
        return request;
    }

    private string ValueFor(string name, IReadOnlyList<string> enumValues) =>
        name == "cursor" && validCursors.Count > 0 && random.NextDouble() < 0.6 ? Forge(Pick(validCursors))
        : enumValues.Count > 0 && random.NextDouble() < 0.3 ? Pick(enumValues)
        : Value(escapeChance: 0.4);

    /// <summary>A real cursor, altered: one character changed, cut short, extended, or re-padded.</summary>
    private string Forge(string cursor) => random.Next(5) switch
    {
        0 => cursor,
        1 => cursor[..^1] + (cursor[^1] == 'A' ? 'B' : 'A'),
        2 => cursor[..(cursor.Length / 2)],
        3 => cursor + Pick(Hostile),
        _ => Uri.EscapeDataString(cursor + "=="),
    };

    /// <summary>
    /// Any value but one holding NUL: the in-memory test server cannot even build such a path
    /// (Kestrel answers it 400 before the app sees it).
    /// </summary>
    private string PathValue()
    {
        while (true)
        {
            var value = Value(escapeChance: 0.5);
            if (!value.Contains('\0') && !value.Contains("%00", StringComparison.Ordinal)) return value;
        }
    }

    private string Value(double escapeChance)
    {
        var value = random.Next(10) switch
        {
            < 5 => Pick(Hostile),
            < 8 => Pick(Valid),
            8 => new string((char)random.Next('a', 'z' + 1), random.Next(300, 20_000)),
            _ => Pick(Valid) + Pick(Hostile),
        };
        return random.NextDouble() < escapeChance ? Uri.EscapeDataString(value) : value;
    }

    private T Pick<T>(IReadOnlyList<T> values) => values[random.Next(values.Count)];
}
