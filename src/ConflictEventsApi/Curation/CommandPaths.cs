namespace ConflictEventsApi.Curation;

/// <summary>
/// Resolves a file named on the command line. `dotnet run --project src/ConflictEventsApi` runs
/// the app in the project folder, so a path relative to where the curator typed it is tried
/// against the shell's folder (PWD) and the repository root too.
/// </summary>
public static class CommandPaths
{
    public static string Resolve(string path)
    {
        if (Path.IsPathRooted(path) || File.Exists(path)) return path;
        var candidates = new[] { Environment.GetEnvironmentVariable("PWD"), RepositoryRoot() }
            .OfType<string>()
            .Select(folder => Path.Combine(folder, path));
        return candidates.FirstOrDefault(File.Exists) ?? path;
    }

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "ConflictEventsApi.sln"))) return folder.FullName;
        return null;
    }
}
