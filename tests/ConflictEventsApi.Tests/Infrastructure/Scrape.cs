namespace ConflictEventsApi.Tests.Infrastructure;

/// <summary>Reads the Prometheus text exposition an API process serves on its management address.</summary>
public static class Scrape
{
    /// <summary>The exposition once it shows what is awaited (the exporter caches a scrape for 300 ms).</summary>
    public static async Task<string> UntilAsync(HttpClient management, Func<string, bool> ready, CancellationToken cancellationToken)
    {
        var text = "";
        for (var attempt = 0; attempt < 40; attempt++)
        {
            text = await management.GetStringAsync("/metrics", cancellationToken);
            if (ready(text)) return text;
            await Task.Delay(100, cancellationToken);
        }
        return text;
    }

    /// <summary>The sum of a series' samples whose labels contain the given one.</summary>
    public static double Value(string exposition, string name, string label) =>
        exposition.Split('\n')
            .Where(line => line.StartsWith(name + "{", StringComparison.Ordinal) && line.Contains(label, StringComparison.Ordinal))
            .Sum(line => double.Parse(line[(line.LastIndexOf("} ", StringComparison.Ordinal) + 2)..].Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
}
