namespace ConflictEventsApi.Data;

/// <summary>Reading a whole list in keyset batches, for exports of any size.</summary>
public static class KeysetBatches
{
    /// <summary>Rows per statement of a CSV export (<see cref="StreamInBatchesAsync"/>).</summary>
    public const int ExportBatchSize = 2000;

    /// <summary>
    /// Every row of a list, read by its own keyset query in batches (CSV exports). One statement
    /// over a whole track made PostgreSQL sort it (1.5 s and a disk sort for 100k rows at 1M
    /// events, past the read-only role's 5 s statement timeout under load); each batch is an index
    /// range scan, so the first row comes at once and memory stays flat at any size.
    /// </summary>
    /// <param name="page">The rows after a key (null: from the start), at most limit + 1 of them.</param>
    /// <param name="keyOf">The key of a row, to ask for the rows after it.</param>
    /// <param name="cancellationToken">Aborted with the request.</param>
    public static async IAsyncEnumerable<T> StreamInBatchesAsync<T, TKey>(
        Func<TKey?, int, CancellationToken, Task<IReadOnlyList<T>>> page, Func<T, TKey> keyOf,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        where TKey : class
    {
        TKey? after = null;
        while (true)
        {
            var rows = await page(after, ExportBatchSize - 1, cancellationToken);
            foreach (var row in rows) yield return row;
            if (rows.Count < ExportBatchSize) yield break;
            after = keyOf(rows[^1]);
        }
    }
}
