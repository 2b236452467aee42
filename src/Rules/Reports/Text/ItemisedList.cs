namespace ComplianceFns.Rules.Reports.Text;

/// <summary>
/// A stated total and the items listed under it ("共N条，其中a条、b条…", "规章13件(含新制定5件,修改4件,废止4件)").
/// </summary>
/// <param name="Total">The stated total.</param>
/// <param name="Marker">The word that opened the list: 其中, 其中包括, 包括, 含, 分别为.</param>
/// <param name="Items">The items with the total's unit, in order (nested parenthesised lists left out).</param>
/// <param name="GroupEnds">
/// Item counts at which a "；"-separated group ends, the last always <c>Items.Count</c>. A list whose total matches
/// the sum of the items up to one of these ends adds up (a semicolon can end the list as well as separate items).
/// </param>
public sealed record ItemisedList(ProseNumber Total, string Marker, IReadOnlyList<ItemisedItem> Items, IReadOnlyList<int> GroupEnds)
{
    /// <summary>
    /// Counts of the total's kind later in the same sentence, after a clause that reads as a statement of its own
    /// (回复群众诉求11件): writers sometimes count those in, so a list that adds up with them is no mismatch.
    /// </summary>
    public IReadOnlyList<ProseNumber> Continuation { get; init; } = [];

    public bool HasApproximateNumber => Total.IsApproximate || Items.Any(i => i.Count.IsApproximate);

    public decimal Sum => Items.Sum(i => i.Count.Value);

    /// <summary>True when the items up to some group end, or all items and some of the continuation, add up to the total.</summary>
    public bool AddsUp =>
        GroupEnds.Any(end => Items.Take(end).Sum(i => i.Count.Value) == Total.Value) || ContinuedSums().Contains(Total.Value);

    private IEnumerable<decimal> ContinuedSums()
    {
        var sum = Sum;
        foreach (var count in Continuation)
        {
            yield return sum += count.Value;
        }
    }
}
