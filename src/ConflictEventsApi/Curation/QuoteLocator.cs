using System.Globalization;
using System.Text;

namespace ConflictEventsApi.Curation;

/// <summary>
/// Finds a quote in a source text: its exact offsets, or the nearest matches when typography
/// differs (curly versus straight quotes and apostrophes, dashes, whitespace, ellipses, case),
/// with each differing character named.
/// </summary>
public static class QuoteLocator
{
    public sealed record Difference(int Offset, string InSource, string InQuote);

    public sealed record NearMatch(int Offset, int Length, string Text, IReadOnlyList<Difference> Differences);

    public sealed record Result(IReadOnlyList<int> Offsets, IReadOnlyList<NearMatch> NearMatches, string? LongestStart);

    public static Result Locate(string body, string quote)
    {
        var exact = new List<int>();
        for (var at = body.IndexOf(quote, StringComparison.Ordinal); at >= 0; at = body.IndexOf(quote, at + 1, StringComparison.Ordinal))
            exact.Add(at);
        if (exact.Count > 0 || quote.Length == 0) return new Result(exact, [], null);

        var (foldedBody, bodyMap) = Fold(body);
        var (foldedQuote, quoteMap) = Fold(quote);
        var near = new List<NearMatch>();
        for (var at = foldedBody.IndexOf(foldedQuote, StringComparison.Ordinal); at >= 0 && near.Count < 5;
             at = foldedBody.IndexOf(foldedQuote, at + 1, StringComparison.Ordinal))
        {
            var start = bodyMap[at];
            var end = EndOf(body, bodyMap, at + foldedQuote.Length - 1);
            near.Add(new NearMatch(start, end - start, body[start..end], Differences(body, bodyMap, at, quote, quoteMap, foldedQuote.Length)));
        }
        if (near.Count > 0) return new Result([], near, null);

        // The longest start of the quote the text holds: where the two part ways.
        var length = foldedQuote.Length;
        while (length > 0 && !foldedBody.Contains(foldedQuote[..length], StringComparison.Ordinal)) length--;
        if (length < 8) return new Result([], [], null);
        var found = foldedBody.IndexOf(foldedQuote[..length], StringComparison.Ordinal);
        var sourceFrom = EndOf(body, bodyMap, found + length - 1);
        var quoteFrom = EndOf(quote, quoteMap, length - 1);
        return new Result([], [], $"the first {quoteFrom} characters match at offset {bodyMap[found]}; then the source has " +
            $"\"{Excerpt(body, sourceFrom)}\" where the quote has \"{Excerpt(quote, quoteFrom)}\"");
    }

    /// <summary>Writes what <see cref="Locate"/> found, one line each; false when the quote is not verbatim.</summary>
    public static bool Report(string sourceId, string body, string quote, TextWriter output)
    {
        var result = Locate(body, quote);
        foreach (var offset in result.Offsets)
            output.WriteLine($"found at offset {offset}, length {quote.Length}");
        if (result.Offsets.Count > 1)
            output.WriteLine($"the quote occurs {result.Offsets.Count} times: give start_offset => {result.Offsets[0]} (or another) in the citation");
        if (result.Offsets.Count > 0) return true;
        output.WriteLine($"not found verbatim in {sourceId}");
        foreach (var near in result.NearMatches)
        {
            output.WriteLine($"nearest match at offset {near.Offset}, length {near.Length}: \"{near.Text}\"");
            foreach (var difference in near.Differences)
                output.WriteLine($"  at offset {difference.Offset}: the source has {Describe(difference.InSource)} where the quote has {Describe(difference.InQuote)}");
        }
        if (result.LongestStart is { } start) output.WriteLine(start);
        if (result.NearMatches.Count == 0 && result.LongestStart is null) output.WriteLine("no near match either: is it the right source?");
        return false;
    }

    public static string Describe(string text) => text.Length == 0
        ? "nothing"
        : string.Join(" ", text.EnumerateRunes().Select(rune =>
            $"{(Rune.IsWhiteSpace(rune) ? "" : rune + " ")}(U+{rune.Value:X4} {Name(rune)})"));

    private static string Name(Rune rune) => rune.Value switch
    {
        '\'' => "apostrophe", '"' => "quotation mark", '-' => "hyphen-minus", ' ' => "space", '\n' => "line feed",
        '\u2018' => "left single quotation mark", '\u2019' => "right single quotation mark",
        '\u201C' => "left double quotation mark", '\u201D' => "right double quotation mark",
        '\u2013' => "en dash", '\u2014' => "em dash", '\u2026' => "horizontal ellipsis", '\u00A0' => "no-break space",
        '.' => "full stop",
        _ => Rune.GetUnicodeCategory(rune).ToString(),
    };

    /// <summary>
    /// Folds typography to keyboard forms, collapses whitespace runs and lower-cases, keeping for
    /// each folded character the offset of the original it came from.
    /// </summary>
    private static (string Folded, int[] Map) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ' && map[^1] >= 0 && char.IsWhiteSpace(text[map[^1]])) continue;
                folded.Append(' ');
                map.Add(i);
                continue;
            }
            var replacement = c switch
            {
                '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' => "'",
                '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' => "\"",
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
                '\u2026' => "...",
                _ => char.ToLower(c, CultureInfo.InvariantCulture).ToString(),
            };
            foreach (var r in replacement)
            {
                folded.Append(r);
                map.Add(i);
            }
        }
        return (folded.ToString(), map.ToArray());
    }

    /// <summary>The offset after the original character that folded position <paramref name="last"/> came from (whitespace runs included).</summary>
    private static int EndOf(string text, int[] map, int last)
    {
        var end = map[last] + 1;
        if (char.IsWhiteSpace(text[map[last]]))
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        return end;
    }

    /// <summary>
    /// Compares the match with the quote segment by segment: a segment is a run of folded positions
    /// that share an original character on either side (an ellipsis against three full stops, a
    /// run of whitespace), so each differing character is named once.
    /// </summary>
    private static List<Difference> Differences(string body, int[] bodyMap, int at, string quote, int[] quoteMap, int length)
    {
        var differences = new List<Difference>();
        for (var i = 0; i < length;)
        {
            var j = i;
            while (j + 1 < length && (bodyMap[at + j + 1] == bodyMap[at + j] || quoteMap[j + 1] == quoteMap[j])) j++;
            var inSource = body[bodyMap[at + i]..EndOf(body, bodyMap, at + j)];
            var inQuote = quote[quoteMap[i]..EndOf(quote, quoteMap, j)];
            if (inSource != inQuote) differences.Add(new Difference(bodyMap[at + i], inSource, inQuote));
            i = j + 1;
        }
        return differences;
    }

    private static string Excerpt(string text, int from) =>
        text.Substring(from, Math.Min(30, text.Length - from)).ReplaceLineEndings(" ");
}
