namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>What a report file turned out to be, decided from its bytes (a file name or content type only breaks ties).</summary>
public enum DocumentKind
{
    Text = 0,
    Html = 1,
    Docx = 2,
    Pdf = 3,
}
