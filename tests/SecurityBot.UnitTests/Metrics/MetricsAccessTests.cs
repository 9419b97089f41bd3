using Microsoft.Extensions.Options;
using SecurityBot.Metrics.Teams;
using SecurityBot.Platform.Routing;
using SecurityBot.UnitTests.Directory;

namespace SecurityBot.UnitTests.Metrics;

/// <summary>Who sees the security figures, decided against the demo directory with the shipped roles.</summary>
public sealed class MetricsAccessTests
{
    private readonly MetricsAccess _access = new(new SecurityRoles(DemoOrganisation.Load(), DemoOrganisation.ShippedRoles()));

    [Theory]
    [InlineData(DemoOrganisation.Cso)]
    [InlineData(DemoOrganisation.SecurityLead)]
    [InlineData(DemoOrganisation.SecurityAnalyst)]
    [InlineData(DemoOrganisation.SecurityEngineer)]
    [InlineData(DemoOrganisation.IncidentSpecialist)]
    [InlineData(DemoOrganisation.Cfo)] // a risk approver outside the security team
    public async Task DecideAsync_SecurityRoleCsoOrRiskApprover_SeesTheOrganisation(string userId)
    {
        (await _access.DecideAsync(userId, CancellationToken.None)).Should().Be(MetricsAudience.Organisation);
    }

    [Theory]
    [InlineData(DemoOrganisation.PlaygroundUser)]
    [InlineData(DemoOrganisation.EngineeringManager)] // a manager: the contracts hold no department view (see MetricsAccess)
    [InlineData(DemoOrganisation.Ceo)]
    [InlineData(DemoOrganisation.Cto)]
    [InlineData(DemoOrganisation.ItOperationsLead)] // an incident responder, but not the security team
    [InlineData(DemoOrganisation.SiteReliabilityEngineer)]
    [InlineData(DemoOrganisation.Contractor)]
    [InlineData("not-in-the-directory")]
    [InlineData("")]
    [InlineData(" ")]
    public async Task DecideAsync_AnyoneElse_SeesNothing(string userId)
    {
        (await _access.DecideAsync(userId, CancellationToken.None)).Should().Be(MetricsAudience.None);
    }

    [Fact]
    public async Task DecideAsync_CsoIdInAnotherCase_SeesTheOrganisation()
    {
        (await _access.DecideAsync(DemoOrganisation.Cso.ToUpperInvariant(), CancellationToken.None)).Should().Be(MetricsAudience.Organisation);
    }

    [Fact]
    public async Task DecideAsync_SecurityLeadOutsideTheSecurityTeamGroup_SeesTheOrganisation()
    {
        var options = DemoOrganisation.ShippedOptions<RolesOptions>(RolesOptions.SectionName);
        options.SecurityLeadUserId = DemoOrganisation.ItOperationsLead;
        var access = new MetricsAccess(new SecurityRoles(DemoOrganisation.Load(), Options.Create(options)));

        (await access.DecideAsync(DemoOrganisation.ItOperationsLead, CancellationToken.None)).Should().Be(MetricsAudience.Organisation);
        (await access.DecideAsync(DemoOrganisation.SiteReliabilityEngineer, CancellationToken.None)).Should().Be(MetricsAudience.None);
    }

    [Fact]
    public async Task DecideAsync_NoCsoConfigured_FormerCsoStillSeesAsRiskApprover()
    {
        var options = DemoOrganisation.ShippedOptions<RolesOptions>(RolesOptions.SectionName);
        options.CsoUserId = null;
        var access = new MetricsAccess(new SecurityRoles(DemoOrganisation.Load(), Options.Create(options)));

        (await access.DecideAsync(DemoOrganisation.Cso, CancellationToken.None)).Should().Be(MetricsAudience.Organisation);
        (await access.DecideAsync(DemoOrganisation.PlaygroundUser, CancellationToken.None)).Should().Be(MetricsAudience.None);
    }
}
