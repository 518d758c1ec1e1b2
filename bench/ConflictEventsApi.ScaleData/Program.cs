using ConflictEventsApi.ScaleData;

// Usage: ConflictEventsApi.ScaleData <events: 100k | 1m | 10m | a number> <admin connection string>
// Fills conflict_events_scale_<events> (never the app's database) and prints its name.
if (args.Length != 2 || ParseCount(args[0]) is not { } events)
{
    Console.Error.WriteLine("usage: ConflictEventsApi.ScaleData <events: 100k|1m|10m|N> <admin connection string>");
    return 2;
}

var database = new ScaleDatabase(args[1], events);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

if (await database.IsCompleteAsync(cancel.Token))
{
    Console.Error.WriteLine($"{database.Name}: already loaded; applying the app's migrations added since");
    await database.MigrateAsync(cancel.Token);
}
else
{
    var clock = System.Diagnostics.Stopwatch.StartNew();
    Console.Error.WriteLine($"{database.Name}: creating the schema with the app's migrations");
    await database.CreateAsync(cancel.Token);
    Console.Error.WriteLine($"{database.Name}: loading {events:N0} synthetic events");
    await new SyntheticLoader(database, events, Console.Error).LoadAsync(cancel.Token);
    await database.MarkCompleteAsync(cancel.Token);
    Console.Error.WriteLine($"{database.Name}: done in {clock.Elapsed.TotalMinutes:0.0} min");
}
Console.WriteLine(database.Name);
return 0;

static long? ParseCount(string text)
{
    text = text.Trim().ToLowerInvariant();
    var (digits, factor) = text.EndsWith('m') ? (text[..^1], 1_000_000L) : text.EndsWith('k') ? (text[..^1], 1_000L) : (text, 1L);
    return long.TryParse(digits, out var value) && value > 0 ? value * factor : null;
}
