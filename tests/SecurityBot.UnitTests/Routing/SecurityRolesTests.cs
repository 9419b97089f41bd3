using SecurityBot.Platform.Routing;
using SecurityBot.UnitTests.Directory;

namespace SecurityBot.UnitTests.Routing;

public sealed class SecurityRolesTests
{
    private readonly SecurityRoles _roles = new(DemoOrganisation.Load(), DemoOrganisation.ShippedRoles());

    [Fact]
    public async Task ShippedDefaults_ResolveToPeopleInTheDemoOrganisation()
    {
        (await _roles.GetCsoAsync())!.JobTitle.Should().Be("Chief Security Officer");
        (await _roles.GetSecurityLeadAsync())!.JobTitle.Should().Be("Head of Security Operations");
        (await _roles.GetSecurityTeamAsync()).Select(u => u.Id).Should().BeEquivalentTo(DemoOrganisation.SecurityTeam);
        (await _roles.GetRiskApproversAsync()).Select(u => u.Id).Should().BeEquivalentTo([DemoOrganisation.Cso, DemoOrganisation.Cfo]);
    }

    [Theory]
    [InlineData(DemoOrganisation.SecurityAnalyst, true)]
    [InlineData(DemoOrganisation.PlaygroundUser, false)]
    [InlineData(DemoOrganisation.Cso, false)]
    public async Task IsSecurityTeamAsync_ChecksGroupMembership(string userId, bool expected)
    {
        (await _roles.IsSecurityTeamAsync(userId)).Should().Be(expected);
    }

    [Fact]
    public async Task IsIncidentResponderAsync_MemberThroughNestedSecurityTeam_IsResponder()
    {
        (await _roles.IsIncidentResponderAsync(DemoOrganisation.SecurityEngineer)).Should().BeTrue();
        (await _roles.IsIncidentResponderAsync(DemoOrganisation.ItOperationsLead)).Should().BeTrue();
        (await _roles.IsIncidentResponderAsync(DemoOrganisation.EngineeringManager)).Should().BeFalse();
    }

    [Fact]
    public async Task IsRiskApproverAsync_CfoInGroupAndSecurityLeadNot()
    {
        (await _roles.IsRiskApproverAsync(DemoOrganisation.Cfo)).Should().BeTrue();
        (await _roles.IsRiskApproverAsync(DemoOrganisation.SecurityLead)).Should().BeFalse();
    }

    [Fact]
    public async Task IsCsoAsync_ComparesObjectIdsCaseInsensitively()
    {
        (await _roles.IsCsoAsync(DemoOrganisation.Cso.ToUpperInvariant())).Should().BeTrue();
        (await _roles.IsCsoAsync(DemoOrganisation.SecurityLead)).Should().BeFalse();
    }

    [Fact]
    public async Task IsIncidentResponderAsync_NoRespondersGroupConfigured_UsesTheSecurityTeam()
    {
        var options = DemoOrganisation.ShippedOptions<RolesOptions>(RolesOptions.SectionName);
        options.IncidentRespondersGroupId = null;
        var roles = new SecurityRoles(DemoOrganisation.Load(), Microsoft.Extensions.Options.Options.Create(options));

        (await roles.IsIncidentResponderAsync(DemoOrganisation.ItOperationsLead)).Should().BeFalse();
        (await roles.IsIncidentResponderAsync(DemoOrganisation.SecurityAnalyst)).Should().BeTrue();
    }
}
