import { Migration } from '@mikro-orm/migrations';

export class Migration20261124162256_clues_reports extends Migration {
  override name = 'Migration20261124162256_clues_reports';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "calendar_day" ("day" date not null, "kind" text not null, "note" varchar(100) null, primary key ("day"));`,
    );

    this.addSql(
      `create table "campaign_deadline" ("id" uuid not null, "region_code" varchar(12) not null, "title" varchar(300) not null, "kind" text not null, "due_on" date not null, "source" varchar(300) null, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "campaign_deadline_region_code_index" on "campaign_deadline" ("region_code");`,
    );

    this.addSql(
      `create table "clue" ("id" uuid not null, "channel" text not null, "external_ref" varchar(100) null, "received_on" date not null, "complainant_id" uuid null, "complainant_name" varchar(200) not null, "complainant_credit_code" varchar(18) null, "complainant_size_class" varchar(20) null, "contact_name" varchar(100) null, "contact_phone" varchar(50) null, "contact_address" varchar(300) null, "respondent_id" uuid null, "respondent_name" varchar(200) not null, "respondent_credit_code" varchar(18) null, "amount_claimed" numeric(18,2) not null, "contract_no" varchar(100) null, "facts" text not null, "request" text null, "evidence" text null, "not_in_other_proceedings" boolean not null, "status" text not null, "review_due_on" date not null, "accepted_on" date null, "rejection_reason" text null, "handling_unit_id" uuid null, "assigned_on" date null, "handling_due_on" date null, "extension_days" int not null default 0, "extension_reason" text null, "confirmed_amount" numeric(18,2) null, "disputed" boolean null, "verification_note" text null, "arrear_id" uuid null, "feedback" text null, "answered_on" date null, "closed_on" date null, "closing_note" text null, "duplicate_of_id" uuid null, "registered_by" varchar(200) not null, "version" int not null default 1, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "clue_received_on_index" on "clue" ("received_on");`);
    this.addSql(`create index "clue_complainant_id_index" on "clue" ("complainant_id");`);
    this.addSql(`create index "clue_respondent_id_index" on "clue" ("respondent_id");`);
    this.addSql(`create index "clue_status_index" on "clue" ("status");`);
    this.addSql(`create index "clue_handling_unit_id_index" on "clue" ("handling_unit_id");`);
    this.addSql(`create index "clue_arrear_id_index" on "clue" ("arrear_id");`);

    this.addSql(
      `create table "ledger_report" ("id" uuid not null, "unit_id" uuid not null, "period" varchar(7) not null, "kind" text not null, "revision" int not null, "via_unit_id" uuid null, "submitted_at" timestamptz not null, "submitted_by" varchar(200) not null, "due_at" timestamptz not null, "late" boolean not null, "arrears_count" int not null, "outstanding" numeric(18,2) not null, "snapshot" jsonb not null, "note" text null, primary key ("id"));`,
    );
    this.addSql(`create index "ledger_report_unit_id_index" on "ledger_report" ("unit_id");`);
    this.addSql(`create index "ledger_report_period_index" on "ledger_report" ("period");`);
    this.addSql(
      `alter table "ledger_report" add constraint "ledger_report_unit_id_period_revision_unique" unique ("unit_id", "period", "revision");`,
    );

    this.addSql(
      `create table "reporting_period" ("period" varchar(7) not null, "due_at" timestamptz not null, primary key ("period"));`,
    );

    this.addSql(
      `alter table "calendar_day" add constraint "calendar_day_kind_check" check ("kind" in ('HOLIDAY', 'WORKDAY'));`,
    );

    this.addSql(
      `alter table "campaign_deadline" add constraint "campaign_deadline_kind_check" check ("kind" in ('LEDGER_SUBMITTED', 'AGREEMENT_SIGNED', 'ALL_REPAID'));`,
    );

    this.addSql(
      `alter table "clue" add constraint "clue_channel_check" check ("channel" in ('NATIONAL_PLATFORM', 'ONLINE_SUPERVISION', 'HOTLINE_12345', 'PETITION', 'FEDERATION_OF_INDUSTRY', 'PHONE', 'EMAIL', 'LETTER', 'AUDIT_FINDING', 'INSPECTION_FINDING'));`,
    );
    this.addSql(
      `alter table "clue" add constraint "clue_status_check" check ("status" in ('RECEIVED', 'ACCEPTED', 'REJECTED', 'ASSIGNED', 'VERIFIED', 'ANSWERED', 'CLOSED'));`,
    );

    this.addSql(
      `alter table "ledger_report" add constraint "ledger_report_kind_check" check ("kind" in ('REGULAR', 'NIL', 'ZEROING'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "calendar_day" cascade;`);
    this.addSql(`drop table if exists "campaign_deadline" cascade;`);
    this.addSql(`drop table if exists "clue" cascade;`);
    this.addSql(`drop table if exists "ledger_report" cascade;`);
    this.addSql(`drop table if exists "reporting_period" cascade;`);
  }
}
