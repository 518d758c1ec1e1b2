using System.Text.Json;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Curation;

/// <summary>
/// Every row of every data table as JSON, keyed by its id (or, for tables without one, by the
/// whole row), so two snapshots show what a migration added, changed and removed.
/// </summary>
public sealed class TableSnapshot
{
    private readonly Dictionary<string, Dictionary<string, JsonElement>> _tables;

    private TableSnapshot(Dictionary<string, Dictionary<string, JsonElement>> tables) => _tables = tables;

    public static async Task<TableSnapshot> TakeAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction,
        CancellationToken cancellationToken)
    {
        // Table names come from the catalog, quoted by the server; nothing here comes from input.
        const string tablesSql = """
            SELECT c.relname AS name, quote_ident(c.relname) AS quoted,
                   EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'id' AND NOT a.attisdropped) AS has_id
            FROM pg_class c
            WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r'
              AND c.relname NOT IN ('schemaversions', 'dataset_version')
            ORDER BY c.relname
            """;
        var tables = await connection.QueryAsync<(string Name, string Quoted, bool HasId)>(
            new CommandDefinition(tablesSql, transaction: transaction, cancellationToken: cancellationToken));
        var snapshot = new Dictionary<string, Dictionary<string, JsonElement>>(StringComparer.Ordinal);
        foreach (var (name, quoted, hasId) in tables)
        {
            var rows = await connection.QueryAsync<string>(new CommandDefinition(
                $"SELECT row_to_json(t)::text FROM {quoted} t", transaction: transaction, cancellationToken: cancellationToken));
            var byKey = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
            foreach (var json in rows)
            {
                var row = JsonDocument.Parse(json).RootElement;
                byKey[hasId ? row.GetProperty("id").ToString() : json] = row;
            }
            snapshot[name] = byKey;
        }
        return new TableSnapshot(snapshot);
    }

    public sealed record RowChange(string Key, IReadOnlyList<string> Columns);

    public sealed record TableChanges(string Table, IReadOnlyList<string> Added, IReadOnlyList<RowChange> Changed, IReadOnlyList<string> Removed);

    /// <summary>Per table, the rows <paramref name="after"/> adds, changes (with the columns and values) and removes.</summary>
    public IReadOnlyList<TableChanges> Compare(TableSnapshot after)
    {
        var result = new List<TableChanges>();
        foreach (var (table, rowsAfter) in after._tables)
        {
            var rowsBefore = _tables.GetValueOrDefault(table) ?? [];
            var added = rowsAfter.Keys.Where(key => !rowsBefore.ContainsKey(key)).Select(key => Label(table, rowsAfter[key], key)).ToList();
            var removed = rowsBefore.Keys.Where(key => !rowsAfter.ContainsKey(key)).Select(key => Label(table, rowsBefore[key], key)).ToList();
            var changed = new List<RowChange>();
            foreach (var (key, row) in rowsAfter)
            {
                if (!rowsBefore.TryGetValue(key, out var old)) continue;
                var columns = row.EnumerateObject()
                    .Where(property => !old.TryGetProperty(property.Name, out var was) || was.ToString() != property.Value.ToString())
                    .Select(property => $"{property.Name}: {Short(old.TryGetProperty(property.Name, out var was) ? was : default)} → {Short(property.Value)}")
                    .ToList();
                if (columns.Count > 0) changed.Add(new RowChange(Label(table, row, key), columns));
            }
            if (added.Count + changed.Count + removed.Count > 0)
                result.Add(new TableChanges(table, added, changed, removed));
        }
        return result;
    }

    /// <summary>How a row is recognised: its id, and for citations what it supports and where.</summary>
    private static string Label(string table, JsonElement row, string key) => table switch
    {
        "citations" => $"{Field(row, "source_id")}@{Field(row, "start_offset")}: \"{Short(row.GetProperty("quote"))}\"",
        "event_participants" => $"{key} ({Field(row, "actor_id")}, {Field(row, "role")}, at {Field(row, "event_id")})",
        "event_schedules" => $"{key} ({Field(row, "event_id")} on {Field(row, "start_date")}, {Field(row, "status")})",
        "actor_aliases" => $"{key} (\"{Field(row, "alias")}\" of {Field(row, "actor_id")})",
        "actor_affiliations" => $"{key} ({Field(row, "actor_id")} {Field(row, "relation")} {Field(row, "parent_id")})",
        _ when row.TryGetProperty("id", out _) => key,
        _ => string.Join(", ", row.EnumerateObject().Select(property => $"{property.Name}={Short(property.Value)}")),
    };

    private static string Field(JsonElement row, string name) =>
        row.TryGetProperty(name, out var value) ? value.ToString() : "";

    private static string Short(JsonElement value)
    {
        var text = value.ValueKind switch
        {
            JsonValueKind.Undefined => "(none)",
            JsonValueKind.Null => "null",
            _ => value.ToString(),
        };
        text = text.ReplaceLineEndings(" ");
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
