using System.Globalization;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Domain.Catalog;
using HealthDashboard.Domain.OrgUnits;
using HealthDashboard.Domain.Periods;
using HealthDashboard.Domain.Quality;
using HealthDashboard.Web.Features.Admin;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Localization;
using HealthDashboard.Web.Storage;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;

namespace HealthDashboard.Web.Features.Quality;

/// <summary>
/// <c>/quality</c>: the quality job's findings to follow up, 50 a page, filtered in the query string so a list can be
/// shared. Officers see and resolve their subtree only (the service checks again on resolving).
/// </summary>
public sealed partial class QualityPage
{
    private readonly FilterForm _form = new();
    private readonly Dictionary<long, string> _notes = [];
    private readonly Dictionary<long, string> _rowProblems = [];
    private QualityFilter _filter = new(null, null, null, null, null, false, 1);
    private IReadOnlyList<DataQualityFinding>? _rows;
    private IReadOnlyList<AdminProblem> _problems = [];
    private long _total;
    private string? _message;
    private OrgUnitTree? _tree;
    private IndicatorCatalog? _catalog;
    private QualityCheckState? _checks;

    [SupplyParameterFromQuery(Name = "unit")] private string? UnitQuery { get; set; }
    [SupplyParameterFromQuery(Name = "rule")] private string? RuleQuery { get; set; }
    [SupplyParameterFromQuery(Name = "from")] private string? FromQuery { get; set; }
    [SupplyParameterFromQuery(Name = "to")] private string? ToQuery { get; set; }
    [SupplyParameterFromQuery(Name = "status")] private string? StatusQuery { get; set; }
    [SupplyParameterFromQuery(Name = "page")] private string? PageQuery { get; set; }

    [CascadingParameter] private Task<AuthenticationState> AuthState { get; set; } = default!;

    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private QualityService Quality { get; set; } = default!;
    [Inject] private OrgUnitCache Units { get; set; } = default!;
    [Inject] private CatalogCache Catalog { get; set; } = default!;
    [Inject] private AdminClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!Readiness.IsReady)
        {
            return;
        }

        _tree = await Units.TreeAsync();
        _catalog = await Catalog.CatalogAsync();
        var problems = new List<AdminProblem>();
        _filter = QualityFilter.Parse(UnitQuery, RuleQuery, FromQuery, ToQuery, StatusQuery, PageQuery, _tree, _catalog, problems);
        (_form.Unit, _form.Rule, _form.From, _form.To) = (UnitQuery ?? "", _filter.RuleText ?? "", FromQuery ?? "", ToQuery ?? "");
        _form.Status = _filter.Resolved switch { true => "resolved", null => "all", _ => "open" };
        (_problems, _message, _rows, _total) = (problems, null, null, 0);
        _rowProblems.Clear();
        if (problems.Count > 0)
        {
            _rows = [];
            return;
        }

        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var user = (await AuthState).User;
        _checks = await Quality.CheckStateAsync();
        if (await Quality.LoadAsync(user, _filter) is { } page)
        {
            (_rows, _total) = (page.Rows, page.Total);
        }
        else
        {
            _message = QualityService.ScopeOf(user, _tree!, out _) is null ? Q.NoScope : Q.OutsideScope;
        }
    }

    private async Task ResolveAsync(DataQualityFinding row)
    {
        var problem = await Quality.ResolveAsync((await AuthState).User, row.Id, NoteOf(row.Id));
        if (problem is { } p)
        {
            _rowProblems[row.Id] = Bilingual.Pick(p.Vi, p.En);
            return;
        }

        _rowProblems.Remove(row.Id);
        _notes.Remove(row.Id);
        await LoadAsync();
    }

    private string NoteOf(long id) => _notes.GetValueOrDefault(id, "");

    private void ApplyFilter() => Navigation.NavigateTo(Address(_form.Unit, _form.Rule, _form.From, _form.To, _form.Status, 1));

    private string PageAddress(int page) => Address(UnitQuery, RuleQuery, FromQuery, ToQuery, StatusQuery, page);

    private string Address(string? unit, string? rule, string? from, string? to, string? status, int page) =>
        Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["unit"] = NullIfBlank(unit), ["rule"] = NullIfBlank(rule), ["from"] = NullIfBlank(from), ["to"] = NullIfBlank(to),
            ["status"] = NullIfBlank(status) is "open" ? null : NullIfBlank(status),
            ["page"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        });

    private string UnitName(string code) => _tree?.Find(code) is { } unit ? unit.Name(Bilingual.IsVietnamese) : code;

    private static string PeriodName(string period) =>
        Period.TryParse(period, out var parsed) ? PeriodFormatter.Format(parsed, CultureInfo.CurrentCulture) : period;

    private string RuleName(DataQualityFinding row) => QualityText.RuleName(row, _catalog!);

    private string RuleChoiceName(string code) => PairRules.All.FirstOrDefault(r => r.Code == code) is { } rule
        ? rule.Name(Bilingual.IsVietnamese)
        : QualityText.CheckName(code);

    private string ElementName(string code) => _catalog?.Element(code) is { } element ? element.Name(Bilingual.IsVietnamese) : code;

    /// <summary>Part against whole, or the value against the unit's median and its score, in the page's number format.</summary>
    private string ValuesText(DataQualityFinding row)
    {
        var value = $"{ElementName(row.ElementCode)}: {Number(row.Value)}";
        return row.CheckCode switch
        {
            DataQualityCheck.PairRule or DataQualityCheck.Ratio when row.ReferenceElementCode is { } whole && row.Reference is { } w =>
                $"{value} > {ElementName(whole)}: {Number(w)}",
            DataQualityCheck.Outlier when row.Reference is { } median =>
                $"{value} ({QualityText.Median} {Number(median)}; z = {Score(row.Score)})",
            _ => value,
        };
    }

    private static string Number(double value) => value.ToString("#,##0.##", CultureInfo.CurrentCulture);

    private static string Score(double? score) => score switch
    {
        null => "—",
        { } s when double.IsInfinity(s) => s > 0 ? "+∞" : "−∞",
        { } s => s.ToString("0.0", CultureInfo.CurrentCulture),
    };

    private string CheckedText(QualityCheckState checks) => checks switch
    {
        { Running: true } => Q.CheckRunning(Clock.Format(checks.Latest!.StartedAt)),
        { LatestFailed: true } => Q.LastFailed(Clock.Format(checks.Latest!.StartedAt), checks.LastSucceeded?.EndedAt is { } good ? Clock.Format(good) : null),
        { NeverRun: true } => Q.NotChecked,
        _ => Q.LastChecked(Clock.Format(checks.LastSucceeded!.EndedAt ?? checks.LastSucceeded.StartedAt)),
    };

    private string ResolvedAt(DataQualityFinding row) => row.ResolvedAt is { } at ? Clock.Format(DateTime.SpecifyKind(at, DateTimeKind.Utc)) : "";

    /// <summary>The station's monthly report form, where the value can be corrected.</summary>
    private string? ReportLink(DataQualityFinding row) =>
        _tree?.Find(row.UnitCode) is { Kind: OrgUnitKind.HealthStation } && Period.TryParse(row.Period, out var period) && period.Type == PeriodType.Month
            ? $"/report/{Uri.EscapeDataString(row.UnitCode)}/{row.Period}"
            : null;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class FilterForm
    {
        public string Unit { get; set; } = "";
        public string Rule { get; set; } = "";
        public string From { get; set; } = "";
        public string To { get; set; } = "";
        public string Status { get; set; } = "open";
    }
}
