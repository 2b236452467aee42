namespace ComplianceFns.Functions.Tests.Hosting;

/// <summary>A complete set of app settings apart from storage, as start-up validation accepts them.</summary>
internal static class ValidAppSettings
{
    /// <summary>A fresh copy each call, so a test may change it freely.</summary>
    public static Dictionary<string, string?> WithoutStorage() => new()
    {
        ["InspectionSchedule"] = "0 0 0 * * *",
        ["DigestSchedule"] = "0 30 0 * * *",
        ["Smtp:Host"] = "127.0.0.1",
        ["Smtp:Port"] = "2525",
        ["Smtp:TlsMode"] = "None",
        ["Smtp:From"] = "inspector@example.gov.cn",
        ["Alerts:GlobalRecipients:0"] = "admin@example.gov.cn",
        ["UploadsContainer"] = "uploads",
    };
}
