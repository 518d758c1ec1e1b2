namespace ConflictEventsApi.Tests.Infrastructure;

public static class Csv
{
    /// <summary>A small RFC 4180 reader: quoted fields, doubled quotes, CRLF records.</summary>
    public static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { record.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                record.Add(field.ToString()); field.Clear(); records.Add(record); record = []; i++;
            }
            else field.Append(c);
        }
        return records;
    }

    /// <summary>The records after the header, each as a header-to-field map.</summary>
    public static List<Dictionary<string, string>> Parse(string csv)
    {
        var records = Records(csv);
        var header = records[0];
        return records.Skip(1).Select(record => header.Zip(record).ToDictionary(pair => pair.First, pair => pair.Second)).ToList();
    }
}
