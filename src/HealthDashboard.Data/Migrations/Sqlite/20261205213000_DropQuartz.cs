using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthDashboard.Data.Migrations.Sqlite
{
    /// <summary>
    /// Hangfire runs the jobs now: what admins set under Quartz (paused schedules, edited crons) goes to app_state for
    /// the jobs' start-up (<see cref="QuartzCarryOver"/>), then Quartz's tables go.
    /// </summary>
    public partial class DropQuartz : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzCarryOver.Sql(DatabaseProvider.Sqlite));
            migrationBuilder.Sql(QuartzTables.DropSql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // Empty tables again: an older release's Quartz makes its triggers anew at start.
            migrationBuilder.Sql(QuartzTables.Sql(DatabaseProvider.Sqlite));
        }
    }
}
