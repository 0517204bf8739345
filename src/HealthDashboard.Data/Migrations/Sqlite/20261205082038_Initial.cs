using System;
using HealthDashboard.Data.Db;
using HealthDashboard.Data.Schema;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace HealthDashboard.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Ids are plain INTEGER PRIMARY KEY (rowid) as in the hand-written schema: EF Core's AUTOINCREMENT is left out.
            migrationBuilder.CreateTable(
                name: "aggregate_snapshot_chunk",
                columns: table => new
                {
                    seq = table.Column<int>(type: "INTEGER", nullable: false),
                    data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("aggregate_snapshot_chunk_pkey", x => x.seq);
                });

            migrationBuilder.CreateTable(
                name: "api_key",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    prefix = table.Column<string>(type: "TEXT", nullable: false),
                    key_hash = table.Column<string>(type: "TEXT", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_used_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("api_key_pkey", x => x.id);
                    table.UniqueConstraint("api_key_key_hash_key", x => x.key_hash);
                });

            migrationBuilder.CreateTable(
                name: "app_state",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("app_state_pkey", x => x.key);
                });

            migrationBuilder.CreateTable(
                name: "app_user",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    user_name = table.Column<string>(type: "TEXT", nullable: false),
                    normalized_user_name = table.Column<string>(type: "TEXT", nullable: false),
                    display_name = table.Column<string>(type: "TEXT", nullable: false),
                    password_hash = table.Column<string>(type: "TEXT", nullable: true),
                    security_stamp = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    unit_code = table.Column<string>(type: "TEXT", nullable: true),
                    must_change_password = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    disabled = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    access_failed_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    lockout_end = table.Column<DateTime>(type: "TEXT", nullable: true),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("app_user_pkey", x => x.id);
                    table.UniqueConstraint("app_user_normalized_user_name_key", x => x.normalized_user_name);
                });

            migrationBuilder.CreateTable(
                name: "audit_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    entity = table.Column<string>(type: "TEXT", nullable: false),
                    entity_key = table.Column<string>(type: "TEXT", nullable: false),
                    old_value = table.Column<string>(type: "TEXT", nullable: true),
                    new_value = table.Column<string>(type: "TEXT", nullable: true),
                    via = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("audit_log_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_element",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", nullable: false),
                    value_type = table.Column<string>(type: "TEXT", nullable: false),
                    aggregation = table.Column<string>(type: "TEXT", nullable: false),
                    period_type = table.Column<string>(type: "TEXT", nullable: false),
                    reported_at = table.Column<string>(type: "TEXT", nullable: false),
                    min_value = table.Column<double>(type: "REAL", nullable: true),
                    max_value = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("data_element_pkey", x => x.id);
                    table.UniqueConstraint("data_element_code_key", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_key",
                columns: table => new
                {
                    friendly_name = table.Column<string>(type: "TEXT", nullable: false),
                    xml = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("data_protection_key_pkey", x => x.friendly_name);
                });

            migrationBuilder.CreateTable(
                name: "data_quality_finding",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    finding_key = table.Column<string>(type: "TEXT", nullable: false),
                    check_code = table.Column<string>(type: "TEXT", nullable: false),
                    rule_code = table.Column<string>(type: "TEXT", nullable: true),
                    data_element_id = table.Column<long>(type: "INTEGER", nullable: false),
                    reference_element_id = table.Column<long>(type: "INTEGER", nullable: true),
                    org_unit_id = table.Column<long>(type: "INTEGER", nullable: false),
                    period = table.Column<string>(type: "TEXT", nullable: false),
                    period_month = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false),
                    reference = table.Column<double>(type: "REAL", nullable: true),
                    score = table.Column<double>(type: "REAL", nullable: true),
                    found_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("data_quality_finding_pkey", x => x.id);
                    table.UniqueConstraint("data_quality_finding_finding_key_key", x => x.finding_key);
                });

            migrationBuilder.CreateTable(
                name: "data_quality_resolution",
                columns: table => new
                {
                    finding_key = table.Column<string>(type: "TEXT", nullable: false),
                    resolved_by = table.Column<string>(type: "TEXT", nullable: false),
                    resolved_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("data_quality_resolution_pkey", x => x.finding_key);
                });

            migrationBuilder.CreateTable(
                name: "import_batch",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    format = table.Column<string>(type: "TEXT", nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", nullable: false),
                    uploaded_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    row_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    new_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    updated_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    unchanged_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    rejected_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    rejections = table.Column<string>(type: "TEXT", nullable: false, defaultValue: "[]"),
                    committed_by = table.Column<string>(type: "TEXT", nullable: true),
                    committed_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    deleted_count = table.Column<int>(type: "INTEGER", nullable: false, defaultValue: 0),
                    warnings = table.Column<string>(type: "TEXT", nullable: false, defaultValue: "[]")
                },
                constraints: table =>
                {
                    table.PrimaryKey("import_batch_pkey", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "indicator",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    numerator = table.Column<string>(type: "TEXT", nullable: false),
                    denominator = table.Column<string>(type: "TEXT", nullable: false),
                    factor = table.Column<double>(type: "REAL", nullable: false),
                    unit = table.Column<string>(type: "TEXT", nullable: false),
                    direction = table.Column<string>(type: "TEXT", nullable: false),
                    decimals = table.Column<int>(type: "INTEGER", nullable: false),
                    annualised = table.Column<bool>(type: "INTEGER", nullable: false),
                    min_denominator = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("indicator_pkey", x => x.id);
                    table.UniqueConstraint("indicator_code_key", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "job_run",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    job_key = table.Column<string>(type: "TEXT", nullable: false),
                    fire_id = table.Column<string>(type: "TEXT", nullable: false),
                    manual = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false),
                    requested_by = table.Column<string>(type: "TEXT", nullable: true),
                    node = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", nullable: false),
                    row_count = table.Column<long>(type: "INTEGER", nullable: true),
                    error = table.Column<string>(type: "TEXT", nullable: true),
                    progress = table.Column<double>(type: "REAL", nullable: false, defaultValueSql: "0"),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("job_run_pkey", x => x.id);
                    table.UniqueConstraint("job_run_fire_id_key", x => x.fire_id);
                });

            migrationBuilder.CreateTable(
                name: "kiosk_token",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    playlist_code = table.Column<string>(type: "TEXT", nullable: false),
                    token_hash = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", nullable: false),
                    expires_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    revoked_at = table.Column<DateTime>(type: "TEXT", nullable: true),
                    last_seen_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("kiosk_token_pkey", x => x.id);
                    table.UniqueConstraint("kiosk_token_token_hash_key", x => x.token_hash);
                });

            migrationBuilder.CreateTable(
                name: "org_unit",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", nullable: false),
                    parent_id = table.Column<long>(type: "INTEGER", nullable: true),
                    path = table.Column<string>(type: "TEXT", nullable: false),
                    level = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("org_unit_pkey", x => x.id);
                    table.UniqueConstraint("org_unit_code_key", x => x.code);
                    table.ForeignKey(
                        name: "org_unit_parent_id_fkey",
                        column: x => x.parent_id,
                        principalTable: "org_unit",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "wall_playlist",
                columns: table => new
                {
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    seconds_per_slide = table.Column<int>(type: "INTEGER", nullable: false),
                    slides = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("wall_playlist_pkey", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "user_session",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    last_seen_at = table.Column<DateTime>(type: "TEXT", nullable: false),
                    remote_address = table.Column<string>(type: "TEXT", nullable: true),
                    user_agent = table.Column<string>(type: "TEXT", nullable: true),
                    ended_at = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("user_session_pkey", x => x.id);
                    table.ForeignKey(
                        name: "user_session_user_id_fkey",
                        column: x => x.user_id,
                        principalTable: "app_user",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            // By hand, as the hand-written schema had it: WITHOUT ROWID keeps the values in key order (EF Core cannot say so).
            migrationBuilder.Sql("""
                CREATE TABLE "data_value" (
                    "data_element_id" INTEGER NOT NULL,
                    "org_unit_id" INTEGER NOT NULL,
                    "period" TEXT NOT NULL,
                    "value" REAL NOT NULL,
                    "comment" TEXT NULL,
                    "stored_by" TEXT NULL,
                    "updated_at" TEXT NOT NULL,
                    CONSTRAINT "data_value_pkey" PRIMARY KEY ("data_element_id", "org_unit_id", "period"),
                    CONSTRAINT "data_value_data_element_id_fkey" FOREIGN KEY ("data_element_id") REFERENCES "data_element" ("id"),
                    CONSTRAINT "data_value_org_unit_id_fkey" FOREIGN KEY ("org_unit_id") REFERENCES "org_unit" ("id")
                ) WITHOUT ROWID;
                """);

            migrationBuilder.CreateTable(
                name: "org_unit_boundary",
                columns: table => new
                {
                    org_unit_id = table.Column<long>(type: "INTEGER", nullable: false),
                    geojson = table.Column<string>(type: "TEXT", nullable: false),
                    is_sample = table.Column<bool>(type: "INTEGER", nullable: false, defaultValue: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("org_unit_boundary_pkey", x => x.org_unit_id);
                    table.ForeignKey(
                        name: "org_unit_boundary_org_unit_id_fkey",
                        column: x => x.org_unit_id,
                        principalTable: "org_unit",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "plan",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    code = table.Column<string>(type: "TEXT", nullable: false),
                    name_vi = table.Column<string>(type: "TEXT", nullable: false),
                    name_en = table.Column<string>(type: "TEXT", nullable: false),
                    org_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    seed_file = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("plan_pkey", x => x.id);
                    table.UniqueConstraint("plan_code_key", x => x.code);
                    table.ForeignKey(
                        name: "plan_org_unit_id_fkey",
                        column: x => x.org_unit_id,
                        principalTable: "org_unit",
                        principalColumn: "id");
                });

            migrationBuilder.CreateTable(
                name: "target",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false),
                    plan_id = table.Column<long>(type: "INTEGER", nullable: false),
                    org_unit_id = table.Column<long>(type: "INTEGER", nullable: true),
                    org_unit_label = table.Column<string>(type: "TEXT", nullable: false),
                    indicator_id = table.Column<long>(type: "INTEGER", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    comparator = table.Column<string>(type: "TEXT", nullable: false),
                    value = table.Column<double>(type: "REAL", nullable: false),
                    note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("target_pkey", x => x.id);
                    table.UniqueConstraint("target_plan_id_indicator_id_year_org_unit_label_key", x => new { x.plan_id, x.indicator_id, x.year, x.org_unit_label });
                    table.ForeignKey(
                        name: "target_indicator_id_fkey",
                        column: x => x.indicator_id,
                        principalTable: "indicator",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "target_org_unit_id_fkey",
                        column: x => x.org_unit_id,
                        principalTable: "org_unit",
                        principalColumn: "id");
                    table.ForeignKey(
                        name: "target_plan_id_fkey",
                        column: x => x.plan_id,
                        principalTable: "plan",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_actor",
                table: "audit_log",
                column: "actor");

            migrationBuilder.CreateIndex(
                name: "ix_audit_log_at",
                table: "audit_log",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_data_quality_finding_month",
                table: "data_quality_finding",
                column: "period_month");

            migrationBuilder.CreateIndex(
                name: "ix_data_quality_finding_unit",
                table: "data_quality_finding",
                columns: new[] { "org_unit_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_data_value_unit_period",
                table: "data_value",
                columns: new[] { "org_unit_id", "period" });

            migrationBuilder.CreateIndex(
                name: "ix_import_batch_uploaded_at",
                table: "import_batch",
                column: "uploaded_at");

            migrationBuilder.CreateIndex(
                name: "ix_job_run_job_started",
                table: "job_run",
                columns: new[] { "job_key", "started_at" });

            migrationBuilder.CreateIndex(
                name: "ix_job_run_outcome",
                table: "job_run",
                column: "outcome");

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_parent",
                table: "org_unit",
                column: "parent_id");

            migrationBuilder.CreateIndex(
                name: "ix_org_unit_path",
                table: "org_unit",
                column: "path");

            migrationBuilder.CreateIndex(
                name: "ix_plan_org_unit_id",
                table: "plan",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_target_indicator_id",
                table: "target",
                column: "indicator_id");

            migrationBuilder.CreateIndex(
                name: "ix_target_org_unit_id",
                table: "target",
                column: "org_unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_user_session_user",
                table: "user_session",
                column: "user_id");

            // Quartz's own tables, until Hangfire replaces Quartz.
            migrationBuilder.Sql(QuartzTables.Sql(DatabaseProvider.Sqlite));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(QuartzTables.DropSql);

            migrationBuilder.DropTable(
                name: "aggregate_snapshot_chunk");

            migrationBuilder.DropTable(
                name: "api_key");

            migrationBuilder.DropTable(
                name: "app_state");

            migrationBuilder.DropTable(
                name: "audit_log");

            migrationBuilder.DropTable(
                name: "data_protection_key");

            migrationBuilder.DropTable(
                name: "data_quality_finding");

            migrationBuilder.DropTable(
                name: "data_quality_resolution");

            migrationBuilder.DropTable(
                name: "data_value");

            migrationBuilder.DropTable(
                name: "import_batch");

            migrationBuilder.DropTable(
                name: "job_run");

            migrationBuilder.DropTable(
                name: "kiosk_token");

            migrationBuilder.DropTable(
                name: "org_unit_boundary");

            migrationBuilder.DropTable(
                name: "target");

            migrationBuilder.DropTable(
                name: "user_session");

            migrationBuilder.DropTable(
                name: "wall_playlist");

            migrationBuilder.DropTable(
                name: "data_element");

            migrationBuilder.DropTable(
                name: "indicator");

            migrationBuilder.DropTable(
                name: "plan");

            migrationBuilder.DropTable(
                name: "app_user");

            migrationBuilder.DropTable(
                name: "org_unit");
        }
    }
}
