using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Platform.Directory;

/// <summary>How long directory answers are reused before the directory is asked again.</summary>
public sealed class DirectoryCacheOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Directory:Cache";

    /// <summary>Directory:Cache:Enabled — cache directory lookups in memory (default true; false only for diagnosis).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Directory:Cache:UserTtl — how long a user lookup is reused (default 00:15:00).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan UserTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Directory:Cache:ManagerTtl — how long a manager lookup, including "no manager", is reused (default 00:15:00).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ManagerTtl { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Directory:Cache:GroupTtl — how long a group's member list is reused (default 00:05:00). Role membership
    /// changes take at most this long to apply, so keep it short.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan GroupTtl { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Directory:Cache:NotFoundTtl — how long "no such user" is remembered (default 00:01:00).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan NotFoundTtl { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// Directory:Cache:SizeLimit — cache capacity in units: a user or manager answer is 1 unit, a group is 1 unit
    /// plus 1 per member (default 100000). When full, the least recently used answers are dropped.
    /// </summary>
    [Range(100, 10_000_000)]
    public long SizeLimit { get; set; } = 100_000;
}
