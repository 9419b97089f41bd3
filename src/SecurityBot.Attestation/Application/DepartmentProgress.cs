namespace SecurityBot.Attestation.Application;

/// <summary>One department's line on the progress card: accepted of asked.</summary>
internal sealed record DepartmentProgress(string Department, int Accepted, int Asked);
