using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using SecurityBot.Platform.Routing;
using SecurityBot.Platform.Directory.Local;

namespace SecurityBot.UnitTests.Directory;

/// <summary>The shipped demo organisation and the shipped Roles:* defaults, as `dotnet run` uses them.</summary>
internal static class DemoOrganisation
{
    public const string Ceo = "68ec61ca-0eb1-4663-a8df-b941aff752ea";
    public const string Cfo = "889d613f-4add-4fe6-8dd0-ef3c4ef87637";
    public const string Cto = "1815997c-a890-4774-ab20-67c3935104bc";
    public const string Cso = "76ca3146-8f27-404b-bb5a-a24850a45b81";
    public const string SecurityLead = "0d4600df-edcf-4c5a-8700-cc2361eebecd";
    public const string SecurityAnalyst = "c9d4141d-88c7-4dce-afaa-7a26aab7ad4b";
    public const string SecurityEngineer = "90270553-6bb6-4892-bd29-d64302f77369";
    public const string IncidentSpecialist = "b589500f-9bdf-4d87-bf6b-13cd6c3fcd60";
    public const string EngineeringManager = "00000000-0000-0000-0000-0000000000021";
    public const string PlaygroundUser = "00000000-0000-0000-0000-0000000000020";
    public const string SiteReliabilityEngineer = "d05e07c1-3786-4ee1-9036-e045d6f627f1";
    public const string ItOperationsLead = "a1713f5c-fad1-4d04-b8bd-9752fe3d1661";
    public const string Contractor = "8f5f432b-2598-4842-a007-a915fc2d72a6";
    public const string SecurityTeamGroup = "fdb21d2b-b942-4979-86d9-38821e50ed72";
    public const string IncidentRespondersGroup = "aa5a5e40-0867-464e-aa88-a88146382251";
    public const string RiskApproversGroup = "12768902-8fef-45c1-860a-d7d93ac027f6";

    public static readonly string[] SecurityTeam = [SecurityLead, SecurityAnalyst, SecurityEngineer, IncidentSpecialist];

    public static LocalDirectory Load() =>
        LocalDirectory.Load(Path.Combine(AppContext.BaseDirectory, "directory", "demo-organisation.json"));

    /// <summary>Binds sections of the shipped appsettings.json, so the tests see what a fresh checkout runs with.</summary>
    public static T ShippedOptions<T>(string section) where T : new()
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        var options = new T();
        configuration.GetSection(section).Bind(options);
        return options;
    }

    public static IOptions<RolesOptions> ShippedRoles() => Options.Create(ShippedOptions<RolesOptions>(RolesOptions.SectionName));

    public static IOptions<RoutingOptions> ShippedRouting() => Options.Create(ShippedOptions<RoutingOptions>(RoutingOptions.SectionName));
}
