using SecurityBot.RiskAcceptances.Domain;

namespace SecurityBot.IntegrationTests.RiskAcceptances;

/// <summary>People of the shipped demo organisation (src/SecurityBot/directory/demo-organisation.json).</summary>
internal static class RiskPeople
{
    public static readonly RiskActor Engineer = new("00000000-0000-0000-0000-0000000000020", "Alex Wilber");
    public static readonly RiskActor Colleague = new("00000000-0000-0000-0000-0000000000023", "Isaiah Langer");
    public static readonly RiskActor Manager = new("00000000-0000-0000-0000-0000000000021", "Megan Bowen");
    public static readonly RiskActor Cso = new("76ca3146-8f27-404b-bb5a-a24850a45b81", "Priya Raman");
    public static readonly RiskActor Cfo = new("889d613f-4add-4fe6-8dd0-ef3c4ef87637", "Henrik Sorensen");
    public static readonly RiskActor SecurityLead = new("0d4600df-edcf-4c5a-8700-cc2361eebecd", "Tomas Herrera");
    public static readonly RiskActor SecurityAnalyst = new("c9d4141d-88c7-4dce-afaa-7a26aab7ad4b", "Jin Park");
    public static readonly RiskActor Sre = new("d05e07c1-3786-4ee1-9036-e045d6f627f1", "Chloe Martin");

    public static readonly string[] SecurityTeam =
        ["0d4600df-edcf-4c5a-8700-cc2361eebecd", "c9d4141d-88c7-4dce-afaa-7a26aab7ad4b", "90270553-6bb6-4892-bd29-d64302f77369", "b589500f-9bdf-4d87-bf6b-13cd6c3fcd60"];
}
