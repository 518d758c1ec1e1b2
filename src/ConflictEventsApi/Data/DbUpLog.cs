using DbUp.Engine.Output;

namespace ConflictEventsApi.Data;

/// <summary>Routes DbUp's own messages into the application's structured log.</summary>
internal sealed class DbUpLog(ILogger logger) : IUpgradeLog
{
    public void LogTrace(string format, params object[] args) => logger.LogTrace("{DbUp}", Format(format, args));
    public void LogDebug(string format, params object[] args) => logger.LogDebug("{DbUp}", Format(format, args));
    public void LogInformation(string format, params object[] args) => logger.LogDebug("{DbUp}", Format(format, args));
    public void LogWarning(string format, params object[] args) => logger.LogWarning("{DbUp}", Format(format, args));
    public void LogError(string format, params object[] args) => logger.LogError("{DbUp}", Format(format, args));
    public void LogError(Exception ex, string format, params object[] args) => logger.LogError(ex, "{DbUp}", Format(format, args));

    private static string Format(string format, object[] args) =>
        args.Length == 0 ? format : string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args);
}
