using System.Security.Claims;
using HealthDashboard.Data.Security;
using HealthDashboard.Web.Features.Security;
using HealthDashboard.Web.Features.Units;

namespace HealthDashboard.Web.Features.Admin.ApiKeys;

/// <summary>A new API key asked for on the page: its name and the unit whose subtree it may read and write.</summary>
public sealed class ApiKeyDraft
{
    public string Name { get; set; } = "";
    public string UnitCode { get; set; } = "";
}

/// <summary>Creates and revokes API keys, checked first and audited after.</summary>
public sealed class ApiKeyAdminService(ApiKeyStore keys, OrgUnitCache units, AuditTrail audit, ApiKeyCache cache)
{
    public const int MaxName = 100;

    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken = default) => keys.ListAsync(cancellationToken);

    /// <summary>The key and its secret (to be shown once), or every problem and nothing stored.</summary>
    public async Task<(IReadOnlyList<AdminProblem> Problems, ApiKey? Key, string? Secret)> CreateAsync(
        ClaimsPrincipal actor, ApiKeyDraft draft, CancellationToken cancellationToken = default)
    {
        var problems = new List<AdminProblem>();
        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            problems.Add(new("Hãy đặt tên cho khóa (ví dụ: Phần mềm BV tỉnh).", "Give the key a name (e.g. Provincial hospital software)."));
        }
        else if (name.Length > MaxName)
        {
            problems.Add(new($"Tên dài quá {MaxName} ký tự.", $"The name is longer than {MaxName} characters."));
        }

        var code = draft.UnitCode.Trim();
        var unit = code.Length == 0 ? null : (await units.TreeAsync(cancellationToken)).Find(code);
        if (code.Length == 0)
        {
            problems.Add(new("Hãy chọn đơn vị (gõ tên rồi chọn trong danh sách gợi ý): khóa chỉ đọc và ghi được đơn vị đó và các đơn vị trực thuộc.",
                "Choose a unit (type its name and pick it from the suggestions): the key may only read and write that unit and the units below it."));
        }
        else if (unit is null)
        {
            problems.Add(new($"Không có đơn vị mã “{code}”.", $"There is no org unit with the code “{code}”."));
        }

        if (problems.Count > 0)
        {
            return (problems, null, null);
        }

        var (key, secret) = await keys.CreateAsync(name, unit!.Code, actor.AuditName(), cancellationToken);
        await audit.RecordAsync(actor, AuditActions.ApiKeyCreated, "apikey", key.Id, null, $"name={key.Name}; prefix={key.Prefix}; unit={key.UnitCode}");
        return ([], key, secret);
    }

    public async Task<bool> RevokeAsync(ClaimsPrincipal actor, ApiKey key, CancellationToken cancellationToken = default)
    {
        if (!await keys.RevokeAsync(key.Id, cancellationToken))
        {
            return false;
        }

        cache.Forget();
        await audit.RecordAsync(actor, AuditActions.ApiKeyRevoked, "apikey", key.Id, $"active: {key.Name} ({key.Prefix})", "revoked");
        return true;
    }
}
