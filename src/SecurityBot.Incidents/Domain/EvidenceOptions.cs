using System.ComponentModel.DataAnnotations;

namespace SecurityBot.Incidents.Domain;

/// <summary>Files reporters attach to their reports in their 1:1 chat (section Incidents:Evidence).</summary>
internal sealed class EvidenceOptions
{
    /// <summary>
    /// Incidents:Evidence:MaxBytes — the largest file a reporter can attach (default 10 MiB). Responders get their
    /// copy through the file consent flow, so it must not exceed Files:MaxFileBytes.
    /// </summary>
    [Range(1024, 60 * 1024 * 1024)]
    public int MaxBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Incidents:Evidence:MaxFilesPerIncident — files one incident can hold (default 20).</summary>
    [Range(1, 200)]
    public int MaxFilesPerIncident { get; set; } = 20;

    /// <summary>
    /// Incidents:Evidence:AllowedExtensions — file types a reporter may attach, by extension without the dot
    /// (screenshots, saved mails, documents, text, archives). Anything else is refused with the list. Empty: the
    /// shipped list (<see cref="DefaultExtensions"/>).
    /// </summary>
    public IList<string> AllowedExtensions { get; set; } = [];

    public static IReadOnlyList<string> DefaultExtensions { get; } =
        ["png", "jpg", "jpeg", "gif", "bmp", "pdf", "txt", "log", "csv", "eml", "msg", "docx", "xlsx", "pptx", "zip"];

    /// <summary>The extensions in force: the configured ones, else the defaults.</summary>
    public IReadOnlyList<string> Extensions => AllowedExtensions.Count > 0 ? [.. AllowedExtensions] : DefaultExtensions;
}
