using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Regional;

/// <summary>Refuses to start with a zone this machine does not know or a culture that is not predefined.</summary>
internal sealed class RegionalOptionsValidator : IValidateOptions<RegionalOptions>
{
    public ValidateOptionsResult Validate(string? name, RegionalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (RegionReader.Zone(options.TimeZone) is null)
        {
            failures.Add($"Regional:TimeZone '{options.TimeZone}' is not a time zone this machine knows (use an IANA id such as Europe/Dublin).");
        }

        if (RegionReader.Culture(options.Locale) is null)
        {
            failures.Add($"Regional:Locale '{options.Locale}' is not a known culture (use a tag such as en-GB or de-DE).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
