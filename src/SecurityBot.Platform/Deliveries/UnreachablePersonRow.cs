namespace SecurityBot.Platform.Deliveries;

/// <summary>A person SecurityBot cannot reach, as <c>admin deliveries</c> lists them (no raw connector text).</summary>
/// <param name="AadObjectId">Who.</param>
/// <param name="Name">Their name from the directory, or the id when the directory does not know them.</param>
/// <param name="Since">When Teams first refused delivery to them in this episode.</param>
/// <param name="Reason">The category: blocked or removed the app, or disabled by an administrator.</param>
public sealed record UnreachablePersonRow(string AadObjectId, string Name, DateTimeOffset? Since, string Reason);
