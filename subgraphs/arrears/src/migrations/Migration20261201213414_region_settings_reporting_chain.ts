import { Migration } from '@mikro-orm/migrations';

export class Migration20261201213414_region_settings_reporting_chain extends Migration {
  override name = 'Migration20261201213414_region_settings_reporting_chain';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "calendar_year" ("id" uuid not null, "region_code" varchar(12) null, "year" int not null, "source" varchar(200) null, "entered_at" timestamptz not null default now(), "entered_by" varchar(200) not null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "calendar_year" add constraint "calendar_year_region_year_unique" unique ("region_code", "year");`,
    );

    this.addSql(
      `create table "group_report" ("id" uuid not null, "group_id" uuid not null, "region_code" varchar(12) not null, "aggregator_id" uuid not null, "receiver_id" uuid null, "period" varchar(7) not null, "revision" int not null, "status" text not null, "report_ids" uuid[] not null, "units_expected" int not null, "units_reported" int not null, "nil_returns" int not null, "zeroing_notices" int not null, "missing_unit_ids" uuid[] not null, "paused_unit_ids" uuid[] not null, "late_unit_ids" uuid[] not null, "arrears_count" int not null, "amount_due" numeric(18,2) not null, "paid" numeric(18,2) not null, "outstanding" numeric(18,2) not null, "consolidated_at" timestamptz not null default now(), "consolidated_by" varchar(200) not null, "signed_at" timestamptz null, "signed_by" varchar(200) null, "signatory_post_id" uuid null, "signatory_title" varchar(200) null, "signatory_name" varchar(100) null, "sent_at" timestamptz null, "sent_by" varchar(200) null, "note" text null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "group_report_group_id_index" on "group_report" ("group_id");`);
    this.addSql(
      `create index "group_report_aggregator_id_index" on "group_report" ("aggregator_id");`,
    );
    this.addSql(
      `alter table "group_report" add constraint "group_report_group_id_aggregator_id_period_revision_unique" unique ("group_id", "aggregator_id", "period", "revision");`,
    );

    this.addSql(
      `create table "region_settings" ("id" uuid not null, "region_code" varchar(12) not null, "report_day" int null, "report_time" varchar(5) null, "review_working_days" int null, "transfer_working_days" int null, "handling_days" int null, "max_handling_days" int null, "intake_office_id" uuid null, "document_max_bytes" int null, "updated_by" varchar(200) not null, "updated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `alter table "region_settings" add constraint "region_settings_region_unique" unique ("region_code");`,
    );

    this.addSql(`alter table "arrear" add "project_name" varchar(200) null;`);

    // The calendar becomes a region's (the rows there were hub-wide: they stay the hub-wide layer,
    // region_code null), keyed by an id; the years they cover are put on record, as entered.
    this.addSql(`alter table "calendar_day" drop constraint "calendar_day_pkey";`);
    this.addSql(
      `alter table "calendar_day" add "id" uuid not null default gen_random_uuid(), add "region_code" varchar(12) null, add "version" int not null default 1;`,
    );
    this.addSql(`alter table "calendar_day" alter column "id" drop default;`);
    this.addSql(`create index "calendar_day_region_code_index" on "calendar_day" ("region_code");`);
    this.addSql(`create index "calendar_day_day_index" on "calendar_day" ("day");`);
    this.addSql(
      `alter table "calendar_day" add constraint "calendar_day_region_day_unique" unique ("region_code", "day");`,
    );
    this.addSql(`alter table "calendar_day" add primary key ("id");`);
    this.addSql(`insert into "calendar_year" ("id", "region_code", "year", "source", "entered_by")
      select gen_random_uuid(), null, y, 'entered day by day before calendar years were kept', 'migration'
        from (select distinct extract(year from "day")::int as y from "calendar_day") years;`);

    // Submissions made before the chain existed are as submitted (nothing to receive).
    this.addSql(
      `alter table "ledger_report" add "group_id" uuid null, add "receiver_id" uuid null, add "status" text not null default 'SUBMITTED', add "received_at" timestamptz null, add "received_by" varchar(200) null, add "returned_at" timestamptz null, add "returned_by" varchar(200) null, add "return_reason" text null, add "version" int not null default 1;`,
    );
    this.addSql(
      `create index "ledger_report_via_unit_id_index" on "ledger_report" ("via_unit_id");`,
    );
    this.addSql(
      `create index "ledger_report_receiver_id_index" on "ledger_report" ("receiver_id");`,
    );
    this.addSql(
      `alter table "ledger_report" add constraint "ledger_report_status_check" check ("status" in ('SUBMITTED', 'RECEIVED', 'RETURNED'));`,
    );

    // Deadlines set per period were hub-wide: they stay the hub-wide layer (region_code null).
    this.addSql(`alter table "reporting_period" drop constraint "reporting_period_pkey";`);
    this.addSql(
      `alter table "reporting_period" add "id" uuid not null default gen_random_uuid(), add "region_code" varchar(12) null, add "version" int not null default 1;`,
    );
    this.addSql(`alter table "reporting_period" alter column "id" drop default;`);
    this.addSql(
      `alter table "reporting_period" add constraint "reporting_period_region_period_unique" unique ("region_code", "period");`,
    );
    this.addSql(`alter table "reporting_period" add primary key ("id");`);

    this.addSql(
      `alter table "group_report" add constraint "group_report_status_check" check ("status" in ('CONSOLIDATED', 'SIGNED', 'SENT'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_year" cascade;`);
    this.addSql(`drop table if exists "group_report" cascade;`);
    this.addSql(`drop table if exists "region_settings" cascade;`);

    this.addSql(`alter table "arrear" drop column "project_name";`);

    this.addSql(`drop index "calendar_day_region_code_index";`);
    this.addSql(`drop index "calendar_day_day_index";`);
    this.addSql(`alter table "calendar_day" drop constraint "calendar_day_region_day_unique";`);
    this.addSql(`alter table "calendar_day" drop constraint "calendar_day_pkey";`);
    this.addSql(
      `alter table "calendar_day" drop column "id", drop column "region_code", drop column "version";`,
    );
    this.addSql(`alter table "calendar_day" add primary key ("day");`);

    this.addSql(`drop index "ledger_report_via_unit_id_index";`);
    this.addSql(`drop index "ledger_report_receiver_id_index";`);
    this.addSql(`alter table "ledger_report" drop constraint "ledger_report_status_check";`);
    this.addSql(
      `alter table "ledger_report" drop column "group_id", drop column "receiver_id", drop column "status", drop column "received_at", drop column "received_by", drop column "returned_at", drop column "returned_by", drop column "return_reason", drop column "version";`,
    );

    this.addSql(
      `alter table "reporting_period" drop constraint "reporting_period_region_period_unique";`,
    );
    this.addSql(`alter table "reporting_period" drop constraint "reporting_period_pkey";`);
    this.addSql(
      `alter table "reporting_period" drop column "id", drop column "region_code", drop column "version";`,
    );
    this.addSql(`alter table "reporting_period" add primary key ("period");`);
  }
}
