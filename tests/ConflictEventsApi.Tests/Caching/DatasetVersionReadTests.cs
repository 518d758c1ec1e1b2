using ConflictEventsApi.Caching;
using ConflictEventsApi.Data;
using Microsoft.Extensions.Configuration;
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

    [Fact]
    public async Task AVersionDueWhileTheCircuitIsOpenFailsAsTheCircuitNotAsATimeout()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        // Nothing listens on port 1: the probe fails at once and the circuit opens.
        const string nowhere = "Host=127.0.0.1;Port=1;Username=nobody;Database=none;Timeout=1";
        await using var dataSource = NpgsqlDataSource.Create(nowhere);
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder()
                .AddInMemoryCollection([new($"ConnectionStrings:{DatabaseSettings.Reader}", nowhere)]).Build())
            .AddOptions()
            .BuildServiceProvider();
        var circuit = new DatabaseCircuit(dataSource, services, NullLogger<DatabaseCircuit>.Instance);
        var version = new DatasetVersion(dataSource, circuit, TimeProvider.System, Options.Create(new CachingOptions()));
        await circuit.StartAsync(cancellationToken);
        try
        {
            using var patience = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            patience.CancelAfter(TimeSpan.FromSeconds(30));
            while (!circuit.IsOpen) await Task.Delay(20, patience.Token);

            // A timeout would be reported as the 503 cause "timeout"; an open circuit is "not answering".
            var failure = await Record.ExceptionAsync(() => version.GetAsync(cancellationToken).AsTask());
            failure.Should().BeOfType<DatabaseCircuitOpenException>();
            DatabaseFailures.Classify(failure!, cancellationToken).Cause.Should().Be(UnavailableCause.NotAnswering);
        }
        finally { await circuit.StopAsync(CancellationToken.None); }
    }
}
