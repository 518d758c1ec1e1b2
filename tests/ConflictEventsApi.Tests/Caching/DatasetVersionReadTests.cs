using ConflictEventsApi.Caching;
using ConflictEventsApi.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ConflictEventsApi.Tests.Caching;

/// <summary>The dataset version is read once per lifetime, however many requests find it due at once.</summary>
public sealed class DatasetVersionReadTests(PostgresServer server)
{
    [Fact]
    public async Task ManyConcurrentRequestsCostOneReadPerLifetime()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var database = await server.CreateMigratedDatabaseAsync();
        var reads = 0;
        // Unpooled: every read opens a physical connection, and each open is counted.
        var unpooled = new NpgsqlConnectionStringBuilder(server.ReaderConnectionString(database)) { Pooling = false };
        await using var dataSource = new NpgsqlDataSourceBuilder(unpooled.ConnectionString)
            .UsePhysicalConnectionInitializer(_ => Interlocked.Increment(ref reads), _ =>
            {
                Interlocked.Increment(ref reads);
                return Task.CompletedTask;
            })
            .Build();
        var lifetime = TimeSpan.FromMilliseconds(500);
        var circuit = new DatabaseCircuit(dataSource, new ServiceCollection().BuildServiceProvider(), NullLogger<DatabaseCircuit>.Instance);
        var version = new DatasetVersion(dataSource, circuit, TimeProvider.System,
            Options.Create(new CachingOptions { DatasetVersionLifetime = lifetime }));

        var first = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => version.GetAsync(cancellationToken).AsTask(), cancellationToken)));
        var readsAfterFirst = reads;
        await Task.Delay(lifetime + TimeSpan.FromMilliseconds(100), cancellationToken);
        var second = await Task.WhenAll(Enumerable.Range(0, 64).Select(_ => Task.Run(() => version.GetAsync(cancellationToken).AsTask(), cancellationToken)));

        readsAfterFirst.Should().Be(1, "64 requests finding the version due share one read");
        reads.Should().Be(2, "the next lifetime costs one more read");
        first.Concat(second).Distinct().Should().ContainSingle().Which.Should().MatchRegex("^[0-9a-f]{16}$");
    }
}
