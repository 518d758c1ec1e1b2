using ConflictEventsApi.Curation;
using ConflictEventsApi.Data;

namespace ConflictEventsApi.Tests.Infrastructure;

/// <summary>
/// Names for the migrations tests add: the next number after the highest in db/migrations, as a
/// curator's would take, so a test keeps working after an article is added (never a fixed 1001).
/// </summary>
public static class TestMigrations
{
    public static string NextNumber => MigrationNames.NextNumber(DatabaseMigrator.ScriptNames);

    public static string Next(string what) => $"{NextNumber}_article_test_{what}.sql";
}
