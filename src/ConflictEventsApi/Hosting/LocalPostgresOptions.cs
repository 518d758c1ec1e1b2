namespace ConflictEventsApi.Hosting;

/// <summary>Where and how the private PostgreSQL of the local default runs.</summary>
public sealed class LocalPostgresOptions
{
    public const string SectionName = "LocalDatabase";

    /// <summary>Holds the data folder, the server log and the generated superuser password.</summary>
    public string RootDirectory { get; set; } = DefaultRootDirectory();

    /// <summary>Folder with initdb and pg_ctl; found on PATH or under /usr/lib/postgresql/*/bin when empty.</summary>
    public string? BinDirectory { get; set; }

    /// <summary>The unprivileged OS user that runs the server when this process runs as root.</summary>
    public string OsUser { get; set; } = "postgres";

    /// <summary>Removes the root folder after the server stops (the tests' throwaway servers).</summary>
    public bool DeleteOnDispose { get; set; }

    private static string DefaultRootDirectory()
    {
        // As root the server runs as another user, who cannot enter root's home folder.
        if (LocalPostgres.IsRoot()) return "/var/lib/conflict-events-api/postgres";
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrEmpty(dataHome))
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "conflict-events-api", "postgres");
    }
}
