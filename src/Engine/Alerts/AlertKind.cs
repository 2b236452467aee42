namespace ComplianceFns.Engine.Alerts;

public enum AlertKind
{
    /// <summary>The start page could not be read: nothing was inspected.</summary>
    SiteUnreachable = 0,

    /// <summary>An inspection threw (storage down, a bug); the platform retries it.</summary>
    InspectionFailed = 1,

    /// <summary>A message failed every attempt and was moved to the poison queue.</summary>
    PoisonMessage = 2,

    /// <summary>New serious wording errors (固定提法, 国名, 机关名称 …) were found.</summary>
    SeriousWordingError = 3,

    /// <summary>An uploaded annual report has serious issues or could not be read.</summary>
    UploadedReportProblem = 4,

    /// <summary>The daily digest could not be sent (the timer retries it).</summary>
    DigestFailed = 5,

    /// <summary>An annual report checked from the command line has serious issues or could not be read.</summary>
    ReportCheckProblem = 6,
}

public static class AlertKindNames
{
    public static string ToChinese(this AlertKind kind) => kind switch
    {
        AlertKind.SiteUnreachable => "站点无法访问",
        AlertKind.InspectionFailed => "巡检执行失败",
        AlertKind.PoisonMessage => "巡检任务多次失败已停止",
        AlertKind.SeriousWordingError => "发现严重表述错误",
        AlertKind.UploadedReportProblem => "上传年报核查未通过",
        AlertKind.DigestFailed => "每日汇总发送失败",
        AlertKind.ReportCheckProblem => "年报核查未通过",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
