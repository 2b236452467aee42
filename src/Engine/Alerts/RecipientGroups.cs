namespace ComplianceFns.Engine.Alerts;

/// <summary>
/// Who receives which items: global recipients get all of them, others only those naming them. Recipients with
/// the same items share one mail, so a burst of alerts is one mail per distinct audience, never one per alert.
/// </summary>
public static class RecipientGroups
{
    public static IReadOnlyList<(IReadOnlyList<string> To, IReadOnlyList<T> Items)> Group<T>(
        IReadOnlyList<T> items, IReadOnlyCollection<string> globalRecipients, Func<T, IReadOnlyCollection<string>> ownRecipients)
    {
        var byAddress = new Dictionary<string, List<int>>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var address in globalRecipients.Concat(ownRecipients(items[i])).Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a.Trim()))
            {
                if (!byAddress.TryGetValue(address, out var indexes))
                {
                    byAddress[address] = indexes = [];
                }

                if (indexes.Count == 0 || indexes[^1] != i)
                {
                    indexes.Add(i);
                }
            }
        }

        return byAddress
            .GroupBy(pair => string.Join(',', pair.Value))
            .Select(group => (
                (IReadOnlyList<string>)group.Select(pair => pair.Key).Order(StringComparer.OrdinalIgnoreCase).ToList(),
                (IReadOnlyList<T>)group.First().Value.Select(i => items[i]).ToList()))
            .ToList();
    }
}
