using System.Globalization;
using ConflictEventsApi.Vocabulary;

namespace ConflictEventsApi.Positions;

/// <summary>
/// The order of a positions list: by position (for, against, neutral, mixed, as the Position
/// vocabulary lists them), then the actor's name, then its id, which breaks ties between namesakes.
/// A page's cursor carries the last row's (rank, name, id).
/// </summary>
public sealed record PositionKey(short Rank, string Name, string Id)
{
    public static short RankOf(string position) => (short)(Vocabularies.Positions.TakeWhile(p => p != position).Count() + 1);

    public static PositionKey Of(ActorPosition row) => new(RankOf(row.Position), row.ActorName, row.ActorId);

    public string[] CursorKey => [Rank.ToString(CultureInfo.InvariantCulture), Name, Id];

    /// <summary>The key a cursor carries; null when it is not a rank, a name and an id (the content is parsed, never trusted).</summary>
    public static PositionKey? Parse(string[]? key) =>
        key is [var rank, var name, var id] && short.TryParse(rank, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            && value >= 1 && value <= Vocabularies.Positions.Count
            ? new PositionKey(value, name, id)
            : null;

    /// <summary>Whether the row sorts after this key (the rows of one event, ordered in memory as the database orders a track's).</summary>
    public bool Precedes(ActorPosition row) => Compare(Of(row), this) > 0;

    public static int Compare(PositionKey a, PositionKey b) =>
        a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank)
        : string.CompareOrdinal(a.Name, b.Name) is var byName and not 0 ? byName
        : string.CompareOrdinal(a.Id, b.Id);
}
