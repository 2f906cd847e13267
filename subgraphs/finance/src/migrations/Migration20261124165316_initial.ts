import { Migration } from '@mikro-orm/migrations';

export class Migration20261124165316_initial extends Migration {
  override name = 'Migration20261124165316_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_trail" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" varchar(255) not null, "actor_roles" text[] not null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "reason" text null);`,
    );
    this.addSql(
      `create index "audit_trail_entity_entity_id_index" on "audit_trail" ("entity", "entity_id");`,
    );

    this.addSql(
      `create table "budget_line" ("id" uuid not null, "unit_id" uuid not null, "fiscal_year" int not null, "purpose" text not null, "funding_source" text not null, "appropriated" numeric(18,2) not null, "adjustments" numeric(18,2) not null default '0', "disbursed" numeric(18,2) not null default '0', "available" numeric(18,2) generated always as (appropriated + adjustments - disbursed) stored not null, "note" text null, "version" int not null default 1, "created_by" varchar(200) not null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "budget_line_unit_id_index" on "budget_line" ("unit_id");`);
    this.addSql(`create index "budget_line_fiscal_year_index" on "budget_line" ("fiscal_year");`);

    this.addSql(
      `create table "budget_adjustment" ("id" uuid not null, "budget_line_id" uuid not null, "kind" text not null, "amount" numeric(18,2) not null, "reason" text not null, "adjusted_on" date not null, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "budget_adjustment_budget_line_id_index" on "budget_adjustment" ("budget_line_id");`,
    );

    this.addSql(
      `create table "disbursement" ("id" uuid not null, "budget_line_id" uuid not null, "arrear_id" uuid not null, "amount" numeric(18,2) not null, "paid_on" date not null, "funding_source" text not null, "voucher_no" varchar(100) null, "created_by" varchar(200) not null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "disbursement_budget_line_id_index" on "disbursement" ("budget_line_id");`,
    );
    this.addSql(`create index "disbursement_arrear_id_index" on "disbursement" ("arrear_id");`);

    this.addSql(
      `create table "project" ("id" uuid not null, "name" varchar(300) not null, "owner_unit_id" uuid not null, "project_code" varchar(50) null, "approved_amount" numeric(18,2) not null, "estimate_amount" numeric(18,2) null, "approved_on" date null, "funds_secured_on" date null, "funding_proof" text null, "started_on" date null, "completed_on" date null, "accepted_on" date null, "final_account_on" date null, "contractor_prefinanced" boolean not null default false, "major_livelihood" boolean not null default false, "version" int not null default 1, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "project_owner_unit_id_index" on "project" ("owner_unit_id");`);
    this.addSql(
      `alter table "project" add constraint "project_code_unique" unique ("project_code");`,
    );

    this.addSql(
      `create table "deposit" ("id" uuid not null, "project_id" uuid not null, "contractor_id" uuid null, "kind" text not null, "form" text not null, "amount" numeric(18,2) not null, "refund_due_on" date null, "refunded_on" date null, primary key ("id"));`,
    );
    this.addSql(`create index "deposit_project_id_index" on "deposit" ("project_id");`);

    this.addSql(
      `create table "restriction" ("id" uuid not null, "unit_id" uuid not null, "measure" text not null, "from_date" date not null, "to_date" date null, "reason" text not null, "case_id" uuid null, "status" text not null, "lifted_on" date null, "lift_reason" text null, "version" int not null default 1, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "restriction_unit_id_index" on "restriction" ("unit_id");`);

    this.addSql(
      `create or replace function "audit_trail_audit_trail_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_trail is append-only: % is not allowed', tg_op; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_trail_append_only" BEFORE UPDATE OR DELETE on "audit_trail" for each STATEMENT execute function "audit_trail_audit_trail_append_only_fn"();`,
    );

    this.addSql(
      `alter table "budget_line" add constraint "budget_line_within_appropriation" check (appropriated >= 0 and disbursed >= 0 and disbursed <= appropriated + adjustments);`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_purpose_check" check ("purpose" in ('CLEARANCE_FUND', 'GENERAL_EXPENDITURE', 'PROJECT_FUND', 'OTHER'));`,
    );
    this.addSql(
      `alter table "budget_line" add constraint "budget_line_funding_source_check" check ("funding_source" in ('FISCAL_FUNDS', 'TAX_ARREARS_RECOVERED', 'STATE_ASSET_DISPOSAL', 'SPECIAL_BONDS', 'OWN_FUNDS'));`,
    );

    this.addSql(
      `alter table "budget_adjustment" add constraint "budget_adjustment_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_line" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "budget_adjustment" add constraint "budget_adjustment_kind_check" check ("kind" in ('INCREASE', 'DECREASE', 'DEPARTMENT_BUDGET_DEDUCTION'));`,
    );

    this.addSql(
      `alter table "disbursement" add constraint "disbursement_budget_line_id_foreign" foreign key ("budget_line_id") references "budget_line" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "disbursement" add constraint "disbursement_funding_source_check" check ("funding_source" in ('FISCAL_FUNDS', 'TAX_ARREARS_RECOVERED', 'STATE_ASSET_DISPOSAL', 'SPECIAL_BONDS', 'OWN_FUNDS'));`,
    );

    this.addSql(
      `alter table "deposit" add constraint "deposit_project_id_foreign" foreign key ("project_id") references "project" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "deposit" add constraint "deposit_kind_check" check ("kind" in ('BID', 'PERFORMANCE', 'QUALITY', 'MIGRANT_WAGES', 'OTHER'));`,
    );
    this.addSql(
      `alter table "deposit" add constraint "deposit_form_check" check ("form" in ('CASH', 'BANK_GUARANTEE'));`,
    );

    this.addSql(
      `alter table "restriction" add constraint "restriction_measure_check" check ("measure" in ('CUT_GENERAL_EXPENDITURE', 'LOWER_TRAVEL_STANDARDS', 'RESTRICT_OVERSEAS_TRAVEL', 'BAN_GOVERNMENT_PROCUREMENT', 'CUT_NON_ESSENTIAL_SPENDING', 'OTHER'));`,
    );
    this.addSql(
      `alter table "restriction" add constraint "restriction_status_check" check ("status" in ('ACTIVE', 'LIFTED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "budget_adjustment" drop constraint "budget_adjustment_budget_line_id_foreign";`,
    );
    this.addSql(
      `alter table "disbursement" drop constraint "disbursement_budget_line_id_foreign";`,
    );
    this.addSql(`alter table "deposit" drop constraint "deposit_project_id_foreign";`);

    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
    this.addSql(`drop table if exists "budget_line" cascade;`);
    this.addSql(`drop table if exists "budget_adjustment" cascade;`);
    this.addSql(`drop table if exists "disbursement" cascade;`);
    this.addSql(`drop table if exists "project" cascade;`);
    this.addSql(`drop table if exists "deposit" cascade;`);
    this.addSql(`drop table if exists "restriction" cascade;`);
  }
}
