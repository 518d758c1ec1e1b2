using System.Diagnostics;
using ConflictEventsApi.Data;
using Dapper;
using Npgsql;

namespace ConflictEventsApi.Tests.Data;

/// <summary>
/// The folder is the truth: `migrate` applies what db/migrations holds, even with a binary built
/// before a file was added (`dotnet run --no-build`, a published dll), says what it applied, and
/// says how the folder differs from the binary's own set.
/// </summary>
public sealed class MigrationFolderTests(PostgresServer server)
{
    [Fact]
    public void AFolderIsReadWholeAndItsDifferencesFromTheBuildAreNamed()
    {
        var checkout = CheckoutWithNewMigration(out var added);

        var set = MigrationScripts.Load(Path.Combine(checkout, "db", "migrations"));

        set.Names.Should().Equal(DatabaseMigrator.ScriptNames.Append(added));
        set.Origin.Should().Be($"the folder {Path.Combine(checkout, "db", "migrations")}");
        set.Differences.Should().Contain($"not built into this binary: {added}");
    }

    [Fact]
    public void TheCheckoutIsFoundFromAFolderInsideIt()
    {
        var checkout = CheckoutWithNewMigration(out _);
        var inside = Directory.CreateDirectory(Path.Combine(checkout, "src", "ConflictEventsApi")).FullName;

        MigrationScripts.FindFolder(inside).Should().Be(Path.Combine(checkout, "db", "migrations"));
    }

    [Fact]
    public async Task TheBuiltBinaryMigratesAFileItWasNotBuiltWithAndSaysSo()
    {
        var database = await server.CreateMigratedDatabaseAsync();
        var checkout = CheckoutWithNewMigration(out var added);

        var (exitCode, output) = await MigrateAsync(checkout, database);
        var (againExitCode, againOutput) = await MigrateAsync(checkout, database);

        exitCode.Should().Be(0, output);
        output.Should().Contain($"migrate: applied 1: {added} (the folder {Path.Combine(checkout, "db", "migrations")})")
            .And.Contain("not built into this binary: " + added);
        againExitCode.Should().Be(0, againOutput);
        againOutput.Should().Contain($"migrate: nothing pending; newest {added}");
        await using var connection = new NpgsqlConnection(server.OwnerConnectionString(database));
        (await connection.ExecuteScalarAsync<string>("SELECT last_script FROM dataset_version")).Should().Be(added);
    }

    /// <summary>A copy of the checkout's migrations, plus one the binary was not built with.</summary>
    private static string CheckoutWithNewMigration(out string added)
    {
        var checkout = Directory.CreateTempSubdirectory("checkout-").FullName;
        File.WriteAllText(Path.Combine(checkout, "ConflictEventsApi.sln"), "");
        var migrations = Directory.CreateDirectory(Path.Combine(checkout, "db", "migrations")).FullName;
        foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "db", "migrations"), "*.sql"))
            File.Copy(file, Path.Combine(migrations, Path.GetFileName(file)));
        added = TestMigrations.Next("added_after_the_build");
        File.WriteAllText(Path.Combine(migrations, added), "UPDATE tracks SET description = description WHERE false;");
        return checkout;
    }

    /// <summary>`ConflictEventsApi migrate` as a curator runs it: the built dll, from inside the checkout.</summary>
    private async Task<(int ExitCode, string Output)> MigrateAsync(string checkout, string database)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { Path.Combine(AppContext.BaseDirectory, "ConflictEventsApi.dll"), "migrate" },
            WorkingDirectory = checkout,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ConnectionStrings__Events"] = server.ReaderConnectionString(database),
                ["ConnectionStrings__EventsOwner"] = server.OwnerConnectionString(database),
                ["PWD"] = checkout,
            },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout + await stderr);
    }
}
