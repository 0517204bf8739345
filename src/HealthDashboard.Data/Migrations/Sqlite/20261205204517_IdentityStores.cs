using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class IdentityStores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "concurrency_stamp",
                table: "app_user",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "lockout_enabled",
                table: "app_user",
                type: "INTEGER",
                nullable: false,
                // Every existing account stays open to lockout, as the app's own store had it (the model sets it on new ones).
                defaultValue: true);

            // Identity saves a user only when the stamp it read is still there; users made before this get one each.
            migrationBuilder.Sql("UPDATE app_user SET concurrency_stamp = security_stamp WHERE concurrency_stamp IS NULL");

            migrationBuilder.CreateTable(
                name: "app_user_claim",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    claim_type = table.Column<string>(type: "TEXT", nullable: true),
                    claim_value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("app_user_claim_pkey", x => x.id);
                    table.ForeignKey(
                        name: "app_user_claim_user_id_fkey",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_app_user_claim_user",
                table: "app_user_claim",
                column: "user_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "app_user_claim");

            migrationBuilder.DropColumn(
                name: "concurrency_stamp",
                table: "app_user");

            migrationBuilder.DropColumn(
                name: "lockout_enabled",
                table: "app_user");
        }
    }
}
