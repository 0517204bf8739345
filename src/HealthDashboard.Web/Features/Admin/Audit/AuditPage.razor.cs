using System.Reflection;
using HealthDashboard.Data.Audit;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Components;

namespace HealthDashboard.Web.Features.Admin.Audit;

/// <summary>
/// <c>/admin/audit</c>: the audit log searched by text, actor, action and days, 100 rows a page. The search lives in
/// the query string (<c>?q=&amp;actor=&amp;action=&amp;from=&amp;to=&amp;page=</c>) so that it can be shared and reloaded.
/// </summary>
public sealed partial class AuditPage
{
    public const int PageSize = 100;

    /// <summary>The actions an admin can pick: sign-ins and admin work, then the data writer's own.</summary>
    public static readonly IReadOnlyList<string> KnownActions = typeof(AuditActions)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string))
        .Select(f => (string)f.GetRawConstantValue()!)
        .Concat(["create", "update", "delete"])
        .ToList();

    private readonly SearchForm _form = new();
    private IReadOnlyList<AuditEntry>? _entries;
    private IReadOnlyList<AdminProblem> _problems = [];
    private IReadOnlyList<string> _userNames = [];
    private bool _hasNext;
    private int _page = 1;

    [SupplyParameterFromQuery(Name = "q")] private string? Q { get; set; }
    [SupplyParameterFromQuery(Name = "actor")] private string? Actor { get; set; }
    [SupplyParameterFromQuery(Name = "action")] private string? ActionName { get; set; }
    [SupplyParameterFromQuery(Name = "from")] private string? From { get; set; }
    [SupplyParameterFromQuery(Name = "to")] private string? To { get; set; }
    [SupplyParameterFromQuery(Name = "page")] private string? PageText { get; set; }

    [Inject] private DataReadiness Readiness { get; set; } = default!;
    [Inject] private AuditStore Store { get; set; } = default!;
    [Inject] private IdentityScopes Identity { get; set; } = default!;
    [Inject] private AdminClock Clock { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (!Readiness.IsReady)
        {
            return;
        }

        if (_userNames.Count == 0)
        {
            _userNames = await Identity.UseUsersAsync(users => users.Users.OrderBy(u => u.UserName).Select(u => u.UserName!).ToListAsync());
        }

        (_form.Text, _form.Actor, _form.Action, _form.From, _form.To) = (Q ?? "", Actor ?? "", ActionName ?? "", From ?? "", To ?? "");
        _page = int.TryParse(PageText, out var page) && page is >= 1 and <= 100_000 ? page : 1;
        var problems = new List<AdminProblem>();
        var fromUtc = ReadDay(_form.From, isFrom: true, problems);
        var toUtc = ReadDay(_form.To, isFrom: false, problems);
        if (fromUtc is { } f && toUtc is { } t && f >= t)
        {
            problems.Add(AuditText.FromAfterTo);
        }

        _problems = problems;
        if (problems.Count > 0)
        {
            (_entries, _hasNext) = ([], false);
            return;
        }

        var rows = await Store.SearchAsync(new AuditQuery
        {
            Text = NullIfBlank(_form.Text), Actor = NullIfBlank(_form.Actor), Action = NullIfBlank(_form.Action),
            FromUtc = fromUtc, ToUtc = toUtc, Limit = PageSize + 1, Offset = (_page - 1) * PageSize,
        });
        _hasNext = rows.Count > PageSize;
        _entries = rows.Take(PageSize).ToList();
    }

    // The user names the log can name, as the actor box's suggestions; any other text (kiosk:…, apikey:…) is kept as typed.
    private Task<IEnumerable<string>> ActorsAsync(string? text, CancellationToken cancellationToken) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? _userNames.AsEnumerable()
            : _userNames.Where(name => name.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)));

    private void Search() => Navigation.NavigateTo(Address(_form.Text, _form.Actor, _form.Action, _form.From, _form.To, 1));

    private string PageAddress(int page) => Address(Q, Actor, ActionName, From, To, page);

    private string Address(string? text, string? actor, string? action, string? from, string? to, int page) =>
        Navigation.GetUriWithQueryParameters(new Dictionary<string, object?>
        {
            ["q"] = NullIfBlank(text), ["actor"] = NullIfBlank(actor), ["action"] = NullIfBlank(action),
            ["from"] = NullIfBlank(from), ["to"] = NullIfBlank(to), ["page"] = page > 1 ? page.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
        });

    /// <summary>The start (From) or the end (To, inclusive) of a typed day in UTC; null when blank or wrong (wrong adds a problem).</summary>
    private DateTime? ReadDay(string text, bool isFrom, List<AdminProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!AdminClock.TryParseDay(text, out var day))
        {
            var shown = text.Trim().Length > 40 ? text.Trim()[..40] + "…" : text.Trim();
            problems.Add(AuditText.BadDate(isFrom, shown));
            return null;
        }

        return isFrom ? Clock.StartOfDayUtc(day) : Clock.EndOfDayUtc(day);
    }

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private sealed class SearchForm
    {
        public string Text { get; set; } = "";
        public string Actor { get; set; } = "";
        public string Action { get; set; } = "";
        public string From { get; set; } = "";
        public string To { get; set; } = "";
    }
}
