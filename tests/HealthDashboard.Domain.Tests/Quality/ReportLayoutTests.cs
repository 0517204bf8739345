using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.Quality;
using HealthDashboard.Domain.Reporting;

namespace HealthDashboard.Domain.Tests.Quality;

public class ReportLayoutTests
{
    [Fact]
    public void EveryFieldIsACatalogElementOnce()
    {
        var elements = CatalogLoader.LoadEmbedded().Elements.Select(e => e.Code).ToHashSet();
        var fields = ReportLayout.Sections.SelectMany(s => s.ElementCodes).ToList();
        Assert.All(fields, code => Assert.Contains(code, elements));
        Assert.Equal(fields.Count, fields.Distinct().Count());
        Assert.Empty(fields.Intersect(ReportLayout.CompletionElements));
    }

    [Fact]
    public void BothSidesOfEveryRuleOnTheFormAreOnTheForm()
    {
        // A rule with one side on the form and the other nowhere would block a save the officer cannot fix.
        var fields = ReportLayout.Sections.SelectMany(s => s.ElementCodes).ToHashSet();
        foreach (var rule in PairRules.All.Where(r => fields.Contains(r.PartElement) || fields.Contains(r.WholeElement)))
        {
            Assert.Contains(rule.PartElement, fields);
            Assert.Contains(rule.WholeElement, fields);
        }
    }
}
