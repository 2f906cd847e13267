import { Migration } from '@mikro-orm/migrations';

export class Migration20261124170113_initial extends Migration {
  override name = 'Migration20261124170113_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "assessment" ("id" uuid not null, "unit_id" uuid not null, "year" int not null, "clue_closure_rate" double precision null, "zeroing_rate" double precision null, "satisfaction" double precision null, "ledger_timeliness" double precision null, "score" double precision not null, "weights" jsonb not null, "finalised_at" timestamptz not null default now(), "finalised_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "assessment_unit_id_index" on "assessment" ("unit_id");`);
    this.addSql(
      `alter table "assessment" add constraint "assessment_unit_id_year_unique" unique ("unit_id", "year");`,
    );

    this.addSql(
      `create table "audit" ("id" uuid not null, "title" varchar(300) not null, "region_code" varchar(12) not null, "period_end" date not null, "trace_earlier" boolean not null default true, "project_threshold" numeric(18,2) not null, "focus" text null, "status" text not null, "version" int not null default 1, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "audit_region_code_index" on "audit" ("region_code");`);

    this.addSql(
      `create table "audit_trail" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" varchar(255) not null, "actor_roles" text[] not null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "reason" text null);`,
    );
    this.addSql(
      `create index "audit_trail_entity_entity_id_index" on "audit_trail" ("entity", "entity_id");`,
    );

    this.addSql(
      `create table "disclosure" ("id" uuid not null, "unit_id" uuid not null, "unit_name" varchar(200) not null, "year" int not null, "overdue_contracts" int not null, "overdue_amount" numeric(18,2) not null, "status" text not null, "published_on" date null, "late" boolean not null default false, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "disclosure_unit_id_index" on "disclosure" ("unit_id");`);
    this.addSql(
      `alter table "disclosure" add constraint "disclosure_unit_id_year_unique" unique ("unit_id", "year");`,
    );

    this.addSql(
      `create table "finding" ("id" uuid not null, "audit_id" uuid not null, "unit_id" uuid not null, "category" text not null, "description" text not null, "amount" numeric(18,2) null, "arrear_ids" uuid[] not null, "project_ids" uuid[] not null, "recommendation" text null, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "finding_audit_id_index" on "finding" ("audit_id");`);
    this.addSql(`create index "finding_unit_id_index" on "finding" ("unit_id");`);

    this.addSql(
      `create table "follow_up_call" ("id" uuid not null, "unit_id" uuid not null, "enterprise_id" uuid null, "called_on" date not null, "satisfaction" int not null, "note" text null, primary key ("id"));`,
    );
    this.addSql(`create index "follow_up_call_unit_id_index" on "follow_up_call" ("unit_id");`);

    this.addSql(
      `create table "inspection" ("id" uuid not null, "unit_id" uuid not null, "inspected_on" date not null, "items" text[] not null, "issues_found" text null, "inspector_id" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(`create index "inspection_unit_id_index" on "inspection" ("unit_id");`);
    this.addSql(`create index "inspection_inspected_on_index" on "inspection" ("inspected_on");`);

    this.addSql(
      `create table "penalty" ("id" uuid not null, "unit_id" uuid not null, "reason" text not null, "measures" text[] not null, "listed_on" date not null, "status" text not null, "removed_on" date null, "removal_reason" text null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "penalty_unit_id_index" on "penalty" ("unit_id");`);

    this.addSql(
      `create table "rectification" ("id" uuid not null, "finding_id" uuid not null, "unit_id" uuid not null, "measure" text not null, "deadline" date not null, "status" text not null, "evidence" text null, "completed_on" date null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(`create index "rectification_finding_id_index" on "rectification" ("finding_id");`);
    this.addSql(`create index "rectification_unit_id_index" on "rectification" ("unit_id");`);

    this.addSql(
      `create table "supervision_case" ("id" uuid not null, "target_unit_id" uuid not null, "measure" text not null, "trigger" text not null, "description" text not null, "opened_on" date not null, "deadline" date not null, "status" text not null, "outcome" text null, "closed_on" date null, "arrear_ids" uuid[] not null, "escalated_from_id" uuid null, "version" int not null default 1, "created_by" varchar(200) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "supervision_case_target_unit_id_index" on "supervision_case" ("target_unit_id");`,
    );
    this.addSql(
      `create index "supervision_case_deadline_index" on "supervision_case" ("deadline");`,
    );
    this.addSql(`create index "supervision_case_status_index" on "supervision_case" ("status");`);

    this.addSql(
      `create table "accountability" ("id" uuid not null, "supervision_case_id" uuid not null, "person_name" varchar(100) not null, "post_title" varchar(200) not null, "measure" text not null, "decided_on" date not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "accountability_supervision_case_id_index" on "accountability" ("supervision_case_id");`,
    );

    this.addSql(
      `alter table "audit" add constraint "audit_status_check" check ("status" in ('PLANNED', 'IN_PROGRESS', 'REPORTED', 'CLOSED'));`,
    );

    this.addSql(
      `create or replace function "audit_trail_audit_trail_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_trail is append-only: % is not allowed', tg_op; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_trail_append_only" BEFORE UPDATE OR DELETE on "audit_trail" for each STATEMENT execute function "audit_trail_audit_trail_append_only_fn"();`,
    );

    this.addSql(
      `alter table "disclosure" add constraint "disclosure_status_check" check ("status" in ('DRAFT', 'REVIEWED', 'PUBLISHED'));`,
    );

    this.addSql(
      `alter table "finding" add constraint "finding_audit_id_foreign" foreign key ("audit_id") references "audit" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "finding" add constraint "finding_category_check" check ("category" in ('BUDGET_MANAGEMENT', 'GOVERNMENT_PROCUREMENT', 'PROJECT_SETTLEMENT', 'DUTY_PERFORMANCE', 'NEW_ARREARS_WHILE_CLEARING', 'OTHER'));`,
    );

    this.addSql(
      `alter table "penalty" add constraint "penalty_status_check" check ("status" in ('LISTED', 'REMOVED'));`,
    );

    this.addSql(
      `alter table "rectification" add constraint "rectification_finding_id_foreign" foreign key ("finding_id") references "finding" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_measure_check" check ("measure" in ('TIME_BOUND_CLEARANCE', 'INSTALMENT_PAYMENT', 'DEBT_CONFIRMATION', 'OTHER'));`,
    );
    this.addSql(
      `alter table "rectification" add constraint "rectification_status_check" check ("status" in ('OPEN', 'DONE'));`,
    );

    this.addSql(
      `alter table "supervision_case" add constraint "supervision_case_measure_check" check ("measure" in ('SUPERVISION_NOTICE', 'DEADLINE', 'LISTED_SUPERVISION', 'TALK', 'CIRCULAR', 'ACCOUNTABILITY_REFERRAL'));`,
    );
    this.addSql(
      `alter table "supervision_case" add constraint "supervision_case_trigger_check" check ("trigger" in ('SLOW_PROGRESS', 'INACCURATE_LEDGER', 'CONCEALMENT', 'PLAN_DEFAULT', 'OVERDUE_CLUE', 'AUDIT_FINDING', 'ESCALATION'));`,
    );
    this.addSql(
      `alter table "supervision_case" add constraint "supervision_case_status_check" check ("status" in ('OPEN', 'RESOLVED', 'ESCALATED', 'CLOSED'));`,
    );

    this.addSql(
      `alter table "accountability" add constraint "accountability_supervision_case_id_foreign" foreign key ("supervision_case_id") references "supervision_case" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "accountability" add constraint "accountability_measure_check" check ("measure" in ('REMINDER_TALK', 'CRITICISM', 'ADMONISHMENT', 'PARTY_DISCIPLINE', 'GOVERNMENT_SANCTION'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "finding" drop constraint "finding_audit_id_foreign";`);
    this.addSql(`alter table "rectification" drop constraint "rectification_finding_id_foreign";`);
    this.addSql(
      `alter table "accountability" drop constraint "accountability_supervision_case_id_foreign";`,
    );

    this.addSql(`drop table if exists "assessment" cascade;`);
    this.addSql(`drop table if exists "audit" cascade;`);
    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
    this.addSql(`drop table if exists "disclosure" cascade;`);
    this.addSql(`drop table if exists "finding" cascade;`);
    this.addSql(`drop table if exists "follow_up_call" cascade;`);
    this.addSql(`drop table if exists "inspection" cascade;`);
    this.addSql(`drop table if exists "penalty" cascade;`);
    this.addSql(`drop table if exists "rectification" cascade;`);
    this.addSql(`drop table if exists "supervision_case" cascade;`);
    this.addSql(`drop table if exists "accountability" cascade;`);
  }
}
