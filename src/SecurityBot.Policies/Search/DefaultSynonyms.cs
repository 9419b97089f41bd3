namespace SecurityBot.Policies.Search;

/// <summary>
/// The words employees use for the things policies name formally. Each line is one group; a phrase may sit in two
/// groups ("device" is both a laptop and a phone word).
/// </summary>
internal static class DefaultSynonyms
{
    public static readonly IReadOnlyList<IReadOnlyList<string>> Groups =
    [
        ["usb", "usb stick", "usb drive", "usb key", "flash drive", "thumb drive", "memory stick", "pen drive",
         "removable media", "removable storage", "external drive", "external hard drive", "external disk",
         "sd card", "memory card", "storage device"],
        ["2fa", "mfa", "two factor", "two-factor authentication", "multi factor", "multifactor", "multi-factor",
         "2 step verification", "two step verification", "second factor", "authenticator", "otp", "one time code"],
        ["laptop", "notebook", "computer", "pc", "macbook", "workstation", "desktop", "device"],
        ["phone", "mobile", "smartphone", "iphone", "android", "cell phone", "mobile phone", "tablet", "ipad", "device"],
        ["password", "passphrase", "passcode", "passwd", "pwd", "credentials", "login details"],
        ["phishing", "phish", "phishy", "suspicious email", "scam email", "fake email", "spoofed email", "vishing",
         "smishing", "scam"],
        ["lost", "stolen", "missing", "misplaced", "theft", "lose", "stole"],
        ["report", "tell", "notify", "inform", "contact", "alert", "escalate"],
        ["vpn", "virtual private network", "remote access"],
        ["wifi", "wi fi", "wireless", "hotspot", "wlan"],
        ["encryption", "encrypt", "bitlocker", "filevault", "cipher", "cryptography"],
        ["email", "e mail", "mail", "outlook", "inbox"],
        ["exception", "waiver", "exemption", "deviation", "risk acceptance", "accept the risk", "accept risk"],
        ["vendor", "supplier", "third party", "provider", "saas", "outsourcer", "outsourcing"],
        ["malware", "virus", "ransomware", "trojan", "spyware", "infected"],
        ["admin", "administrator", "admin rights", "local admin", "elevated", "privileged", "root"],
        ["software", "app", "application", "program", "programme", "extension", "install"],
        ["cloud storage", "dropbox", "google drive", "icloud", "wetransfer", "personal cloud"],
        ["ai", "chatgpt", "generative ai", "copilot", "chatbot", "llm", "gpt"],
        ["travel", "trip", "abroad", "overseas", "business trip", "international", "travelling", "traveling"],
        ["home", "remote", "wfh", "work from home", "home office", "teleworking", "remote working"],
        ["shred", "shredding", "dispose", "disposal", "destroy", "throw away", "bin", "get rid", "wipe", "wiping"],
        ["hard drive", "hard disk", "disk", "ssd", "storage media", "media"],
        ["duration", "how long", "last", "period", "valid for", "months"],
        ["print", "printer", "printing", "printout"],
        ["badge", "id card", "access card", "keycard", "lanyard"],
        ["tailgating", "piggybacking", "follow through door"],
        ["classification", "label", "sensitivity label", "classify"],
        ["personal data", "pii", "personally identifiable information", "gdpr", "data protection", "privacy"],
        ["leaver", "offboarding", "resign", "quit", "termination", "last day", "leaving"],
        ["joiner", "new starter", "onboarding", "new hire", "first day"],
        ["lock screen", "screen lock", "lock computer", "clear screen", "lock my screen"],
        ["byod", "personal device", "personal phone", "own device", "personal laptop", "home computer"],
        ["border", "customs", "border control", "airport", "immigration"],
        ["breach", "leak", "data breach", "exposure", "leaked"],
        ["clean desk", "clear desk", "tidy desk"],
        ["length", "long", "characters", "minimum length", "how many characters"],
        ["change", "rotate", "reset", "expire", "expiry", "renew"],
        ["key", "secret", "api key", "token", "certificate"],
        ["share", "sharing", "send", "transfer", "forward"],
        ["visitor", "guest", "stranger"],
        ["gift card", "gift cards", "voucher", "bank details", "payment"],
    ];
}
