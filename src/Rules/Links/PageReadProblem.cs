namespace ComplianceFns.Rules.Links;

/// <summary>Why the crawler could not read a page of the site (kept in a finding's evidence, never shown as such).</summary>
public enum PageReadProblem
{
    /// <summary>No usable answer: an error status, a timeout, a network or redirect failure.</summary>
    Failed,

    /// <summary>The body is larger than the read cap.</summary>
    TooLarge,

    /// <summary>The compressed body inflates past the decompression cap (a compression bomb, or a huge page).</summary>
    InflatesTooFar,

    /// <summary>The answer is not HTML although the address is a page's.</summary>
    NotHtml,

    /// <summary>A status that carries no page (204, 304 …).</summary>
    NoContent,

    /// <summary>The redirects lead outside the site's scope.</summary>
    LeavesScope,

    /// <summary>The page answers 200 but says that it does not exist.</summary>
    NotFoundNotice,

    /// <summary>An attachment (PDF, DOCX) answers in full but its file is damaged and cannot be opened.</summary>
    DamagedAttachment,
}
