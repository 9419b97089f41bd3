using SecurityBot.Attestation.Domain;
using SecurityBot.Crisis.Domain;
using SecurityBot.Incidents.Domain;
using SecurityBot.Platform.Persistence;
using SecurityBot.RiskAcceptances.Domain;

namespace SecurityBot.IntegrationTests.Persistence;

/// <summary>The model of the whole bot (every capability's part), for tests that build a DbContext by hand.</summary>
internal static class TestModel
{
    public static IReadOnlyList<PersistenceModelPart> AllParts { get; } =
        [PersistenceModelPart.Of<Incident>(), PersistenceModelPart.Of<RiskAcceptance>(), PersistenceModelPart.Of<CrisisRoom>(), PersistenceModelPart.Of<AttestationCampaign>()];
}
