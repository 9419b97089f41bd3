using System.Globalization;
using System.Text.Json;
using SecurityBot.IntegrationTests.Incidents;
using SecurityBot.Platform.Directory.Local;

namespace SecurityBot.IntegrationTests.Attestation;

/// <summary>
/// The organisation the attestation tests ask, written as a real local directory file (Directory:LocalFile): the
/// security team of the demo (Tomas the lead, Jin, Amara, Lena; Priya the CSO), Megan who manages the staff, and
/// <see cref="StaffCount"/> staff in three departments. Group Staff holds the first fifteen and, nested, group
/// Contractors with the rest (transitive members); the last person has no manager. People can be removed (someone
/// left) and the file written again for a restarted host.
/// </summary>
internal sealed class AttestationOrganisation
{
    public const int StaffCount = 25;
    public const string SecurityTeamGroup = "fdb21d2b-b942-4979-86d9-38821e50ed72";
    public const string RiskApproversGroup = "12768902-8fef-45c1-860a-d7d93ac027f6";
    public const string StaffGroup = "5ad1e000-0000-4000-8000-000000000001";
    public const string ContractorsGroup = "5ad1e000-0000-4000-8000-000000000002";
    public const string SmallGroup = "5ad1e000-0000-4000-8000-000000000003";
    public const string Megan = DemoPeople.MeganManager;
    public const string Nadia = "68ec61ca-0eb1-4663-a8df-b941aff752ea";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private static readonly string[] Departments = ["Engineering", "Sales", "Finance"];

    private readonly HashSet<string> _left = new(StringComparer.OrdinalIgnoreCase);

    public static string Staff(int n) => $"a77e5000-0000-4000-8000-{n.ToString("D12", CultureInfo.InvariantCulture)}";

    public static string StaffName(int n) => $"Person {n.ToString("D2", CultureInfo.InvariantCulture)}";

    public static string DepartmentOf(int n) => Departments[n % Departments.Length];

    public static IEnumerable<string> AllStaff => Enumerable.Range(1, StaffCount).Select(Staff);

    /// <summary>The person with no manager: the manager notice has nobody to go to.</summary>
    public static string Unmanaged => Staff(StaffCount);

    /// <summary>Someone leaves the organisation: gone from the users and every group.</summary>
    public void Leave(string userId) => _left.Add(userId);

    public void WriteTo(string path)
    {
        var users = new List<LocalDirectoryUserEntry>
        {
            User(Nadia, "Nadia Okafor", "Executive", null),
            User(DemoPeople.PriyaCso.Id, DemoPeople.PriyaCso.Name, "Security", Nadia),
            User(DemoPeople.TomasLead.Id, DemoPeople.TomasLead.Name, "Security", DemoPeople.PriyaCso.Id),
            User(DemoPeople.Jin.Id, DemoPeople.Jin.Name, "Security", DemoPeople.TomasLead.Id),
            User(DemoPeople.Amara.Id, DemoPeople.Amara.Name, "Security", DemoPeople.TomasLead.Id),
            User(DemoPeople.Lena.Id, DemoPeople.Lena.Name, "Security", DemoPeople.TomasLead.Id),
            User(Megan, "Megan Bowen", "Engineering", Nadia),
        };
        users.AddRange(Enumerable.Range(1, StaffCount).Where(n => !_left.Contains(Staff(n)))
            .Select(n => User(Staff(n), StaffName(n), DepartmentOf(n), n == StaffCount ? null : Megan)));
        var document = new LocalDirectoryDocument
        {
            Description = "Attestation integration tests",
            Users = users,
            Groups =
            [
                Group(SecurityTeamGroup, "Security Team", DemoPeople.TomasLead.Id, DemoPeople.Jin.Id, DemoPeople.Amara.Id, DemoPeople.Lena.Id),
                Group(RiskApproversGroup, "Risk Approvers", DemoPeople.TomasLead.Id),
                Group(StaffGroup, "Staff", [.. Enumerable.Range(1, 15).Select(Staff), ContractorsGroup]),
                Group(ContractorsGroup, "Contractors", [.. Enumerable.Range(16, StaffCount - 15).Select(Staff)]),
                Group(SmallGroup, "Pilot", Staff(1), Staff(2), Staff(3)),
            ],
        };
        File.WriteAllText(path, JsonSerializer.Serialize(document, Json));
    }

    private static LocalDirectoryUserEntry User(string id, string name, string department, string? managerId) => new()
    {
        Id = id,
        Upn = name.Replace(' ', '.').ToLowerInvariant() + "@contoso.example",
        DisplayName = name,
        Department = department,
        ManagerId = managerId,
    };

    private LocalDirectoryGroupEntry Group(string id, string name, params string[] members) =>
        new() { Id = id, DisplayName = name, Members = [.. members.Where(m => !_left.Contains(m))] };
}
