using Dapper;
using HealthDashboard.Data.Db;

namespace HealthDashboard.Data.Security;

/// <summary>The app_user table, read and written whole (a user row is small and every change is an admin's or Identity's).</summary>
public sealed class UserStore(Database database)
{
    private const string Columns =
        "id, user_name AS UserName, normalized_user_name AS NormalizedUserName, display_name AS DisplayName, " +
        "password_hash AS PasswordHash, security_stamp AS SecurityStamp, role, unit_code AS UnitCode, " +
        "must_change_password AS MustChangePassword, disabled, access_failed_count AS AccessFailedCount, " +
        "lockout_end AS LockoutEnd, created_at AS CreatedAt";

    public async Task<UserAccount?> FindByIdAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>($"SELECT {Columns} FROM app_user WHERE id = @id", new { id });
        return row?.ToAccount();
    }

    public async Task<UserAccount?> FindByNormalizedNameAsync(string normalizedUserName, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<Row>(
            $"SELECT {Columns} FROM app_user WHERE normalized_user_name = @normalizedUserName", new { normalizedUserName });
        return row?.ToAccount();
    }

    public async Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<Row>($"SELECT {Columns} FROM app_user ORDER BY user_name");
        return rows.Select(r => r.ToAccount()).ToList();
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM app_user");
    }

    /// <summary>False when the user name is taken (the unique index decides, so two admins racing cannot both win).</summary>
    public async Task<bool> CreateAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var inserted = await connection.ExecuteAsync(
            "INSERT INTO app_user (id, user_name, normalized_user_name, display_name, password_hash, security_stamp, role, unit_code, " +
            "must_change_password, disabled, access_failed_count, lockout_end, created_at) " +
            "VALUES (@Id, @UserName, @NormalizedUserName, @DisplayName, @PasswordHash, @SecurityStamp, @Role, @UnitCode, " +
            "@MustChange, @IsDisabled, @AccessFailedCount, @LockoutEnd, @CreatedAt) ON CONFLICT (normalized_user_name) DO NOTHING",
            Parameters(user with { CreatedAt = user.CreatedAt == default ? DateTime.UtcNow : user.CreatedAt }));
        return inserted == 1;
    }

    public async Task UpdateAsync(UserAccount user, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE app_user SET user_name = @UserName, normalized_user_name = @NormalizedUserName, display_name = @DisplayName, " +
            "password_hash = @PasswordHash, security_stamp = @SecurityStamp, role = @Role, unit_code = @UnitCode, " +
            "must_change_password = @MustChange, disabled = @IsDisabled, access_failed_count = @AccessFailedCount, " +
            "lockout_end = @LockoutEnd WHERE id = @Id",
            Parameters(user));
    }

    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("DELETE FROM app_user WHERE id = @id", new { id });
    }

    // Booleans as 0/1 and times as UTC DateTime: the same columns then work on SQLite (integer, text) and PostgreSQL.
    private static object Parameters(UserAccount user) => new
    {
        user.Id,
        user.UserName,
        user.NormalizedUserName,
        user.DisplayName,
        user.PasswordHash,
        user.SecurityStamp,
        user.Role,
        user.UnitCode,
        MustChange = user.MustChangePassword ? 1 : 0,
        IsDisabled = user.Disabled ? 1 : 0,
        user.AccessFailedCount,
        LockoutEnd = user.LockoutEnd?.UtcDateTime,
        user.CreatedAt,
    };

    private sealed class Row
    {
        public string Id { get; init; } = "";
        public string UserName { get; init; } = "";
        public string NormalizedUserName { get; init; } = "";
        public string DisplayName { get; init; } = "";
        public string? PasswordHash { get; init; }
        public string SecurityStamp { get; init; } = "";
        public string Role { get; init; } = "";
        public string? UnitCode { get; init; }
        public long MustChangePassword { get; init; }
        public long Disabled { get; init; }
        public long AccessFailedCount { get; init; }
        public DateTime? LockoutEnd { get; init; }
        public DateTime CreatedAt { get; init; }

        public UserAccount ToAccount() => new()
        {
            Id = Id,
            UserName = UserName,
            NormalizedUserName = NormalizedUserName,
            DisplayName = DisplayName,
            PasswordHash = PasswordHash,
            SecurityStamp = SecurityStamp,
            Role = Role,
            UnitCode = UnitCode,
            MustChangePassword = MustChangePassword != 0,
            Disabled = Disabled != 0,
            AccessFailedCount = (int)AccessFailedCount,
            LockoutEnd = LockoutEnd is { } end ? new DateTimeOffset(DateTime.SpecifyKind(end, DateTimeKind.Utc)) : null,
            CreatedAt = DateTime.SpecifyKind(CreatedAt, DateTimeKind.Utc),
        };
    }
}
