using Dapper;

namespace ConflictEventsApi.Data;

/// <summary>
/// A WHERE clause of fixed SQL fragments, each added only when its filter is in use, with every
/// value a parameter: never SQL built from request text.
/// </summary>
public sealed class SqlFilter(DynamicParameters? parameters = null)
{
    private readonly List<string> _clauses = [];

    public DynamicParameters Parameters { get; } = parameters ?? new DynamicParameters();

    /// <summary>The fragments joined with AND (TRUE when none is in use).</summary>
    public string Where => _clauses.Count == 0 ? "TRUE" : string.Join(" AND ", _clauses);

    /// <summary>Adds the fragment, binding the value as @name, when the value is given (not null; a list, not empty).</summary>
    public SqlFilter When(object? value, string fragment, string name)
    {
        if (value is null || value is Array { Length: 0 }) return this;
        _clauses.Add(fragment);
        Parameters.Add(name, value);
        return this;
    }

    /// <summary>Adds a fragment whose parameters the caller binds.</summary>
    public SqlFilter Add(string fragment)
    {
        _clauses.Add(fragment);
        return this;
    }
}
