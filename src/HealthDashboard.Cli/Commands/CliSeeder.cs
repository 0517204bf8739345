using HealthDashboard.Cli.Arguments;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Seeding;

namespace HealthDashboard.Cli.Commands;

/// <summary>
/// The seeder as every command uses it: when another process (the web app on its first start, a <c>seed</c> run) is
/// writing the sample, the command says so on standard error and waits for it, rather than sit silent or touch a seed
/// that is still being written.
/// </summary>
internal static class CliSeeder
{
    public const string WaitingMessage =
        "Đang chờ một tiến trình khác (ứng dụng web khởi động lần đầu, hoặc lệnh seed) tạo xong dữ liệu mẫu cho cơ sở dữ liệu này… " +
        "/ Waiting for another process (the web app's first start, or a seed command) to finish seeding this database…";

    public static DatabaseSeeder For(Database database, CommandLine line) => new(database, () => line.Messages.WriteLine(WaitingMessage));
}
