using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace ConflictEventsApi.Curation;

/// <summary>
/// `curate new-source FILE [--url URL] [--excerpt] [--published DATE]`: stores an article's text,
/// byte for byte, as db/sources/NNN_&lt;hash&gt;.txt (NNN the next corpus number, &lt;hash&gt; the first
/// 16 hex digits of the SHA-256 of the file's bytes) and prints the `sources` INSERT with the
/// body in a dollar quote, for the top of a new article migration. What only a reader can say
/// (id, title, outlet, dates' basis) is left as NULL with a FILL IN comment, so `curate check`
/// refuses the draft until it is written.
/// </summary>
public static partial class CurateNewSource
{
    public sealed record Options(string File, string? Url, bool Excerpt, DateOnly? Published);

    /// <summary>The corpus name of a text: the next number and the digest of its bytes.</summary>
    public static string CorpusName(int number, byte[] bytes) =>
        $"{number:D3}_{Convert.ToHexStringLower(SHA256.HashData(bytes))[..16]}.txt";

    /// <summary>Parses `FILE [--url URL] [--excerpt] [--published YYYY-MM-DD]`; null with a reason when malformed.</summary>
    public static (Options? Options, string? Problem) Parse(IReadOnlyList<string> arguments)
    {
        string? file = null, url = null;
        var excerpt = false;
        DateOnly? published = null;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--url" when i + 1 < arguments.Count:
                    url = arguments[++i];
                    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
                        return (null, $"--url {url} is not an absolute http(s) address");
                    break;
                case "--excerpt":
                    excerpt = true;
                    break;
                case "--published" when i + 1 < arguments.Count:
                    if (!DateOnly.TryParseExact(arguments[++i], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                        return (null, $"--published {arguments[i]} is not a date (YYYY-MM-DD)");
                    published = date;
                    break;
                case var value when !value.StartsWith("--", StringComparison.Ordinal) && file is null:
                    file = value;
                    break;
                default:
                    return (null, $"unexpected argument {arguments[i]}");
            }
        }
        return file is null ? (null, "the article's text file is missing") : (new Options(file, url, excerpt, published), null);
    }

    /// <summary>Stores the text and writes the INSERT to <paramref name="output"/>; messages go to <paramref name="messages"/>.</summary>
    public static async Task<int> RunAsync(Options options, string sourcesFolder, TextWriter output, TextWriter messages,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(options.File))
        {
            messages.WriteLine($"problem: {options.File} does not exist — fix: give the path of the article's text, saved exactly as published");
            return 1;
        }
        var bytes = await File.ReadAllBytesAsync(options.File, cancellationToken);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            messages.WriteLine($"problem: {options.File} is not UTF-8 text — fix: save it as UTF-8 without changing a character");
            return 1;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            messages.WriteLine($"problem: {options.File} starts with a byte order mark, which would become part of the text — fix: save it as UTF-8 without BOM");
            return 1;
        }
        if (text.Contains(DollarQuote, StringComparison.Ordinal))
        {
            messages.WriteLine($"problem: the text contains {DollarQuote}, the quote the INSERT puts around it — fix: write the body with another dollar quote by hand");
            return 1;
        }

        Directory.CreateDirectory(sourcesFolder);
        var existing = Directory.GetFiles(sourcesFolder, "*.txt").Select(Path.GetFileName).OfType<string>().ToList();
        var digest = CorpusName(0, bytes)[4..];
        if (existing.FirstOrDefault(name => name.EndsWith(digest, StringComparison.Ordinal)) is { } same)
        {
            messages.WriteLine($"problem: this text is already stored as {Path.Combine(sourcesFolder, same)} — fix: cite that source instead of adding it again");
            return 1;
        }
        var number = existing.Select(name => CorpusNumber().Match(name)).Where(match => match.Success)
            .Select(match => int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(-1).Max() + 1;
        var corpusName = CorpusName(number, bytes);
        var target = Path.Combine(sourcesFolder, corpusName);
        await File.WriteAllBytesAsync(target, bytes, cancellationToken);
        messages.WriteLine($"stored {options.File} as {target} ({text.Length} characters; SHA-256 {Convert.ToHexStringLower(SHA256.HashData(bytes))})");

        output.Write(Insert(options, corpusName, text));
        return 0;
    }

    private const string DollarQuote = "$article$";

    private static string Insert(Options options, string corpusName, string text)
    {
        static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
        var published = options.Published is { } date
            ? $"DATE '{date:yyyy-MM-dd}', 'day', NULL /* FILL IN: where the date is printed, e.g. 'Printed: \"31 January 2018\".' */"
            : "NULL /* FILL IN: DATE 'yyyy-mm-dd' */, NULL /* FILL IN: day | approximate | ... */, NULL /* FILL IN: how the date was found (docs/curation.md §2, dating an undated excerpt) */";
        return $"""
            -- Source: {corpusName}{(options.Url is null ? "" : $" ({options.Url})")}{(options.Excerpt ? ", an excerpt (text_complete = false)" : "")}.
            -- Inserted by `curate new-source`; the body is the file, byte for byte. Fill in every NULL marked FILL IN.
            INSERT INTO sources (id, corpus_file, title, outlet, outlet_basis, published_on, published_precision, published_basis, body, url, text_complete)
            VALUES (NULL /* FILL IN: <outlet>-<yyyy-mm-dd>-<slug> */, {Literal(corpusName)},
                    NULL /* FILL IN: the headline as printed */, NULL /* FILL IN: outlet */, NULL /* FILL IN: how the outlet is known */,
                    {published},
                    {DollarQuote}{text}{DollarQuote}, {(options.Url is null ? "NULL" : Literal(options.Url))}, {(options.Excerpt ? "false" : "true")});

            """;
    }

    [GeneratedRegex(@"^(\d{3,})_")]
    private static partial Regex CorpusNumber();
}
