using System.Diagnostics.CodeAnalysis;

namespace ComplianceFns.Engine.Reports.Documents;

/// <summary>Either the document read or the reason it could not be: a hostile file is a result, never an exception.</summary>
public sealed class ReportReadResult
{
    private ReportReadResult(ReportDocument? document, ReportReadFailure? failure)
    {
        Document = document;
        Failure = failure;
    }

    public ReportDocument? Document { get; }

    public ReportReadFailure? Failure { get; }

    [MemberNotNullWhen(true, nameof(Document))]
    [MemberNotNullWhen(false, nameof(Failure))]
    public bool Succeeded => Document is not null;

    public static ReportReadResult Read(ReportDocument document) => new(document ?? throw new ArgumentNullException(nameof(document)), null);

    public static ReportReadResult Failed(ReportReadFailure failure) => new(null, failure ?? throw new ArgumentNullException(nameof(failure)));
}
