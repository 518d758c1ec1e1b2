namespace ConflictEventsApi.Tests.Infrastructure;

public static class RepositoryPaths
{
    /// <summary>The checkout's root: the folder above the test binaries that holds ConflictEventsApi.sln.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ConflictEventsApi.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("ConflictEventsApi.sln not found above the test binaries.");
    }
}
