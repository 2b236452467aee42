using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace ComplianceFns.Engine.Extraction;

/// <summary>Hands PdfPig its usual filters, each wrapped in a <see cref="BudgetedFilter"/> charging one document's budget.</summary>
internal sealed class BudgetedFilterProvider(IFilterProvider inner, PdfDecodeBudget budget) : IFilterProvider
{
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(inner.GetAllFilters());

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) =>
        filters.Select(filter => (IFilter)new BudgetedFilter(filter, budget)).ToList();
}
