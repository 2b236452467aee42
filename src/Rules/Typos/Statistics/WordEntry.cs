namespace ComplianceFns.Rules.Typos.Statistics;

/// <summary>One dictionary word: its corpus frequency and whether it must never be "corrected".</summary>
/// <param name="Frequency">jieba frequency (the government lexicon supplies its own).</param>
/// <param name="IsProperNoun">jieba tagged it nr*, ns*, nt* or nz: a name, never a typo nor a correction target.</param>
/// <param name="IsLexiconTerm">From the government lexicon: official vocabulary, never a typo.</param>
internal readonly record struct WordEntry(int Frequency, bool IsProperNoun, bool IsLexiconTerm)
{
    /// <summary>Text covered by this word is whitelisted.</summary>
    public bool IsProtected => IsProperNoun || IsLexiconTerm;
}
