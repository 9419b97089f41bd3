using SecurityBot.Incidents.Domain;

namespace SecurityBot.IntegrationTests.Incidents;

/// <summary>People of the shipped demo organisation (src/SecurityBot/directory/demo-organisation.json) the tests act as.</summary>
internal static class DemoPeople
{
    public static readonly IncidentActor Alex = new("00000000-0000-0000-0000-0000000000020", "Alex Wilber");
    public static readonly IncidentActor Isaiah = new("00000000-0000-0000-0000-0000000000023", "Isaiah Langer");
    public static readonly IncidentActor Chloe = new("d05e07c1-3786-4ee1-9036-e045d6f627f1", "Chloe Martin");
    public static readonly IncidentActor Oliver = new("58dee72b-db0c-46cf-8b0b-b71c5fe5e4a6", "Oliver Grant");
    public static readonly IncidentActor Diego = new("a05927b6-619e-4cd0-8692-f1dd73d73765", "Diego Alvarez");
    public const string MeganManager = "00000000-0000-0000-0000-0000000000021";

    public static readonly IncidentActor Jin = new("c9d4141d-88c7-4dce-afaa-7a26aab7ad4b", "Jin Park");
    public static readonly IncidentActor Amara = new("90270553-6bb6-4892-bd29-d64302f77369", "Amara Nwosu");
    public static readonly IncidentActor Lena = new("b589500f-9bdf-4d87-bf6b-13cd6c3fcd60", "Lena Fischer");
    public static readonly IncidentActor TomasLead = new("0d4600df-edcf-4c5a-8700-cc2361eebecd", "Tomas Herrera");
    public static readonly IncidentActor PriyaCso = new("76ca3146-8f27-404b-bb5a-a24850a45b81", "Priya Raman");

    public static IReadOnlyList<IncidentActor> SecurityTeam { get; } = [TomasLead, Jin, Amara, Lena];

    public static IReadOnlyList<IncidentActor> Responders { get; } = [TomasLead, Jin, Amara, Lena, Chloe, PriyaCso];
}
