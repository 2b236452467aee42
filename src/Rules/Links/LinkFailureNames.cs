namespace ComplianceFns.Rules.Links;

public static class LinkFailureNames
{
    /// <summary>A short Chinese description of the failure, for messages and run records.</summary>
    public static string ToChinese(this LinkFailure failure) => failure switch
    {
        LinkFailure.None => "正常",
        LinkFailure.InvalidUrl => "地址格式错误",
        LinkFailure.BlockedAddress => "指向内网或保留地址",
        LinkFailure.DnsFailure => "域名无法解析",
        LinkFailure.ConnectionRefused => "服务器拒绝连接",
        LinkFailure.ConnectionError => "网络连接错误",
        LinkFailure.TlsFailure => "证书或加密连接错误",
        LinkFailure.Timeout => "访问超时",
        LinkFailure.HttpNotFound => "页面不存在（404）",
        LinkFailure.HttpGone => "页面已删除（410）",
        LinkFailure.HttpClientError => "无法访问（4xx）",
        LinkFailure.HttpServerError => "服务器错误（5xx）",
        LinkFailure.HttpNotModified => "返回 304（空白页面）",
        LinkFailure.HttpNonStandard => "非标准状态码",
        LinkFailure.RedirectLoop => "循环跳转",
        LinkFailure.TooManyRedirects => "跳转次数过多",
        LinkFailure.SoftNotFound => "页面显示“不存在”",
        LinkFailure.MissingFragment => "页内锚点不存在",
        LinkFailure.LocalFile => "指向本机文件",
        LinkFailure.FtpLink => "使用 FTP 协议",
        _ => failure.ToString(),
    };
}
