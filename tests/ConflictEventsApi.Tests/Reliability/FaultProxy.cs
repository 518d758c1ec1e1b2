using System.Net.Sockets;

namespace ConflictEventsApi.Tests.Reliability;

/// <summary>
/// A TCP proxy between the API and PostgreSQL that can fail the network the ways a real one does:
/// drop every connection (reset, and refuse new ones for a while) or blackhole them (nothing
/// passes, nothing fails: bytes wait until the network comes back, as TCP retransmits them).
/// </summary>
public sealed class FaultProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly int _upstreamPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TaskCompletionSource _flowing = NewOpenGate();
    private bool _dropping;
    private readonly Task _accepting;

    public FaultProxy(int upstreamPort)
    {
        _upstreamPort = upstreamPort;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Resets every open connection and every new one until <see cref="Heal"/>.</summary>
    public void Drop()
    {
        List<TcpClient> open;
        lock (_gate)
        {
            _dropping = true;
            open = [.. _open];
            _open.Clear();
        }
        foreach (var client in open) Reset(client);
    }

    /// <summary>Holds every byte in both directions, and every new connection, until <see cref="Heal"/>.</summary>
    public void Blackhole()
    {
        lock (_gate)
        {
            if (_flowing.Task.IsCompleted) _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    public void Heal()
    {
        lock (_gate)
        {
            _dropping = false;
            _flowing.TrySetResult();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Heal();
        Drop();
        try { await _accepting; }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }
        _stop.Dispose();
    }

    private static TaskCompletionSource NewOpenGate()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        gate.SetResult();
        return gate;
    }

    private Task FlowingAsync()
    {
        lock (_gate) return _flowing.Task;
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            bool dropping;
            lock (_gate) dropping = _dropping;
            if (dropping)
            {
                Reset(client);
                continue;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var upstream = new TcpClient();
        try
        {
            await FlowingAsync().WaitAsync(_stop.Token);
            await upstream.ConnectAsync(IPAddress.Loopback, _upstreamPort, _stop.Token);
            lock (_gate)
            {
                if (_dropping) throw new SocketException((int)SocketError.ConnectionReset);
                _open.Add(client);
                _open.Add(upstream);
            }
            using var either = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
            var toServer = PumpAsync(client.GetStream(), upstream.GetStream(), either.Token);
            var toClient = PumpAsync(upstream.GetStream(), client.GetStream(), either.Token);
            await Task.WhenAny(toServer, toClient);
            await either.CancelAsync();
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // A dropped, reset or closed connection: the end of this pair.
        }
        finally
        {
            lock (_gate)
            {
                _open.Remove(client);
                _open.Remove(upstream);
            }
            Reset(client);
        }
    }

    private async Task PumpAsync(NetworkStream from, NetworkStream to, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await from.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await FlowingAsync().WaitAsync(cancellationToken);
                await to.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        catch (Exception exception) when (exception is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Either side went away.
        }
    }

    /// <summary>Closes with a TCP reset (linger 0), as a dropped network path or a firewall does.</summary>
    private static void Reset(TcpClient client)
    {
        try
        {
            // A pair that ended on its own has closed its socket already.
            if (client.Client is { } socket) socket.LingerState = new LingerOption(true, 0);
            client.Close();
        }
        catch (Exception exception) when (exception is SocketException or ObjectDisposedException)
        {
            // Already gone.
        }
    }
}
