using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace SecurityBot.Platform.Directory;

/// <summary>
/// Outside Development the directory must be the organisation's own: the shipped demo organisation
/// (directory/demo-organisation.json) has made-up people whose ids are the Agents Playground's, and made-up security
/// team and CSO roles, so a host running on it would route incidents and approvals to nobody real — or to whoever
/// presents those ids. Without a host environment the rule is not applied.
/// </summary>
internal sealed class DirectoryOptionsValidator(IHostEnvironment? environment = null) : IValidateOptions<DirectoryOptions>
{
    public const string DemoFileName = "demo-organisation.json";

    public ValidateOptionsResult Validate(string? name, DirectoryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (environment is null || environment.IsDevelopment() || options.Provider != DirectoryProvider.Local
            || !string.Equals(Path.GetFileName(options.LocalFilePath), DemoFileName, StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Success;
        }

        return ValidateOptionsResult.Fail(
            $"Directory:Provider is Local and Directory:LocalFile is the demo organisation ({DemoFileName}); that is allowed only in the Development environment (current: {environment.EnvironmentName}). " +
            "Set Directory:Provider to Graph (with Directory:Graph:*), or Directory:LocalFile to your organisation's own directory file.");
    }
}
