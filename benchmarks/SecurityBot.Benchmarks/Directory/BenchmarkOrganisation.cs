using SecurityBot.Testing.Graph;

namespace SecurityBot.Benchmarks.Directory;

/// <summary>
/// A synthetic organisation served by the fake Graph: a CEO, 10 executives, 200 managers and employees under them,
/// an 8-person security team, responders (nested team + 10 engineers), risk approvers, and every 1000th person
/// without a manager so the fallback path is part of the measured mix.
/// </summary>
internal static class BenchmarkOrganisation
{
    public const string SecurityTeamGroupId = "0b000000-0000-4000-8000-00000000a001";
    public const string IncidentRespondersGroupId = "0b000000-0000-4000-8000-00000000a002";
    public const string RiskApproversGroupId = "0b000000-0000-4000-8000-00000000a003";

    public static string UserId(int index) => $"00000000-0000-4000-8000-{index:D12}";

    public static string CsoId => UserId(1);

    public static string SecurityLeadId => UserId(11);

    public static void Populate(FakeGraphServer graph, int users)
    {
        for (var i = 0; i < users; i++)
        {
            string? manager = i switch
            {
                0 => null,
                <= 10 => UserId(0),
                <= 210 => UserId(1 + (i % 10)),
                _ when i % 1000 == 0 => null,
                _ => UserId(11 + (i % 200)),
            };
            graph.AddUser(new FakeGraphUser(UserId(i), $"user{i}@contoso.test", $"User {i}", "Employee", "Department " + (i % 20), manager));
        }

        var team = Enumerable.Range(users - 8, 8).Select(UserId).Append(SecurityLeadId).ToArray();
        graph.AddGroup(SecurityTeamGroupId, team);
        graph.AddGroup(IncidentRespondersGroupId, [SecurityTeamGroupId, .. Enumerable.Range(300, 10).Select(UserId)]);
        graph.AddGroup(RiskApproversGroupId, CsoId, UserId(2));
    }
}
