using System.Security.Claims;
using HealthDashboard.Data.DataValues;
using HealthDashboard.Data.Jobs;
using HealthDashboard.Web.Features.Catalog;
using HealthDashboard.Web.Features.DataValues;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;
using HealthDashboard.Web.Storage;

namespace HealthDashboard.Web.Features.Import;

/// <summary>
/// Checks a read file for whoever imports it, the same way for the page and the API: each row's unit inside the
/// importer's subtree, then <see cref="DataValueWriter"/>'s checks of every value, each problem put back on its line, and
/// the values that would be outliers once saved (<see cref="ImportOutliers"/>), as warnings.
/// </summary>
public sealed class ImportChecker(DataValueWriter writer, OrgUnitCache units, CatalogCache catalog, DataStores stores)
{
    public async Task<ImportCheck> CheckAsync(ParsedFile file, ClaimsPrincipal user, bool preview, CancellationToken cancellationToken = default)
    {
        if (file.FileProblem is { } problem)
        {
            return new ImportCheck(file.Format, 0, [], [problem], [], null);
        }

        var tree = await units.TreeAsync(cancellationToken);
        var rows = new List<ImportRow>(file.Rows.Count);
        var outside = new List<ImportRejection>();
        foreach (var row in file.Rows)
        {
            var code = row.Input.OrgUnit?.Trim();
            if (code is { Length: > 0 } && tree.Find(code) is not null && !UnitScope.CanWrite(user, tree, code))
            {
                outside.Add(OutOfScope(row, code, user.IsApiKey()));
            }
            else
            {
                rows.Add(row);
            }
        }

        var rejections = new List<ImportRejection>(file.Rejections.Concat(outside));
        var inputs = rows.Select(r => r.Input).ToList();
        IReadOnlyList<BatchValue> accepted = [];
        IReadOnlyList<ImportRejection> warnings = [];
        if (inputs.Count > 0 || rejections.Count == 0)
        {
            // Every problem listed: the preview and its CSV name every rejected row, however many.
            var validation = await writer.ValidateAsync(inputs, cancellationToken, int.MaxValue);
            rejections.AddRange(validation.Problems.Select(p => p.Index is { } i
                ? new ImportRejection(rows[i].Line, rows[i].Index, p.Field, p.Message, p.MessageEn)
                : ImportRejection.File(p.Field, p.Message, p.MessageEn)));
            accepted = validation.Accepted;
            var outliers = await ImportOutliers.FindAsync(validation.AcceptedWithIndexes(inputs.Count), await catalog.CatalogAsync(cancellationToken),
                new MonthlySeriesReader(stores.Database), cancellationToken);
            warnings = outliers.Select(o => new ImportRejection(rows[o.Index].Line, rows[o.Index].Index, "value", o.Vi, o.En)).ToList();
        }

        var ordered = rejections.OrderBy(r => r.Index ?? -1).ToList();
        var changes = preview ? await writer.PreviewAsync(accepted, cancellationToken) : null;
        return new ImportCheck(file.Format, file.RowCount, inputs, ordered, outside, changes) { Warnings = warnings };
    }

    private static ImportRejection OutOfScope(ImportRow row, string code, bool isApiKey) => isApiKey
        ? new ImportRejection(row.Line, row.Index, "orgUnit",
            $"Khóa API này không được ghi cho đơn vị '{code}' (ngoài phạm vi được cấp).",
            $"This API key may not write for the org unit '{code}' (outside its subtree).")
        : new ImportRejection(row.Line, row.Index, "orgUnit",
            $"Bạn không được nhập số liệu cho đơn vị '{code}' (ngoài các đơn vị được giao).",
            $"You may not import values for the org unit '{code}' (outside your units).");
}
