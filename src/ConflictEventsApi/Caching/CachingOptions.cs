using System.ComponentModel.DataAnnotations;

namespace ConflictEventsApi.Caching;

/// <summary>The "Caching" configuration section.</summary>
public sealed class CachingOptions
{
    public const string Section = "Caching";

    /// <summary>Serve repeated reads from memory, keyed by the normalised request and the dataset version.</summary>
    public bool OutputCache { get; set; } = true;

    /// <summary>
    /// How long a response may be reused: the max-age clients are told (Cache-Control) and, the same
    /// setting, how long the server keeps it in the output cache. A new dataset version stops the
    /// server serving it at once.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Caching:MaxAge must be from 00:00:00 to 1.00:00:00 (a day).")]
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Responses larger than this (big CSV exports) stream through and are not kept.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Caching:OutputCacheMaximumBodyBytes must be a positive number of bytes.")]
    public long OutputCacheMaximumBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>The memory all cached responses may take together.</summary>
    [Range(1, long.MaxValue, ErrorMessage = "Caching:OutputCacheSizeLimitBytes must be a positive number of bytes.")]
    public long OutputCacheSizeLimitBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>How long the dataset version read from the migration journal is trusted before it is read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Caching:DatasetVersionLifetime must be from 00:00:00 to 01:00:00.")]
    public TimeSpan DatasetVersionLifetime { get; set; } = TimeSpan.FromSeconds(5);
}
