import { Migration } from '@mikro-orm/migrations';

export class Migration20261124161724_initial extends Migration {
  override name = 'Migration20261124161724_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "arrear" ("id" uuid not null, "debtor_id" uuid not null, "creditor_id" uuid not null, "debtor_kind" varchar(40) null, "project_id" uuid null, "contract_no" varchar(100) not null, "contract_signed_on" date not null, "subject" text not null, "amount_due" numeric(18,2) not null, "paid" numeric(18,2) not null default '0', "outstanding" numeric(18,2) generated always as (amount_due - paid) stored not null, "disputed_amount" numeric(18,2) null, "migrant_wages_amount" numeric(18,2) not null default '0', "migrant_wages_paid" numeric(18,2) not null default '0', "verified_on" date null, "verification_evidence" text null, "judicial_reference" text null, "withdrawn_reason" text null, "delivered_on" date null, "accepted_on" date null, "cause" text null, "disputed" boolean not null default false, "in_judicial_process" boolean not null default false, "status" text not null default 'REGISTERED', "source" text not null default 'SELF_INSPECTION', "registered_by" varchar(200) not null, "version" int not null default 1, "registered_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "arrear_debtor_id_index" on "arrear" ("debtor_id");`);
    this.addSql(`create index "arrear_creditor_id_index" on "arrear" ("creditor_id");`);
    this.addSql(`create index "arrear_project_id_index" on "arrear" ("project_id");`);
    this.addSql(`create index "arrear_status_index" on "arrear" ("status");`);
    this.addSql(`create index "arrear_registered_at_index" on "arrear" ("registered_at");`);
    this.addSql(
      `alter table "arrear" add constraint "arrear_debtor_creditor_contract_unique" unique ("debtor_id", "creditor_id", "contract_no");`,
    );

    this.addSql(
      `create table "document" ("id" uuid not null, "arrear_id" uuid not null, "kind" text not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "uploaded_by" varchar(200) not null, "uploaded_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "document_arrear_id_index" on "document" ("arrear_id");`);
    this.addSql(`create index "document_sha256_index" on "document" ("sha256");`);

    this.addSql(
      `create table "audit_trail" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" varchar(255) not null, "actor_roles" text[] not null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "reason" text null);`,
    );
    this.addSql(
      `create index "audit_trail_entity_entity_id_index" on "audit_trail" ("entity", "entity_id");`,
    );

    this.addSql(
      `create table "payment" ("id" uuid not null, "arrear_id" uuid not null, "amount" numeric(18,2) not null, "migrant_wages_part" numeric(18,2) not null default '0', "paid_on" date not null, "method" text not null, "voucher_no" varchar(100) null, "idempotency_key" varchar(200) not null, "recorded_by" varchar(200) not null, "recorded_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "payment_arrear_id_index" on "payment" ("arrear_id");`);
    this.addSql(
      `alter table "payment" add constraint "payment_idempotency_key_unique" unique ("idempotency_key");`,
    );

    this.addSql(
      `create table "repayment_plan" ("id" uuid not null, "arrear_id" uuid not null, "revision" int not null, "signed_on" date not null, "funding_source" text not null, "paid_before" numeric(18,2) not null, "total" numeric(18,2) not null, "status" text not null, "note" text null, "agreed_by" varchar(200) not null, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create unique index "repayment_plan_one_active" on "repayment_plan" ("arrear_id") where "status" = 'ACTIVE';`,
    );
    this.addSql(
      `alter table "repayment_plan" add constraint "repayment_plan_arrear_id_revision_unique" unique ("arrear_id", "revision");`,
    );

    this.addSql(
      `create table "instalment" ("id" uuid not null, "plan_id" uuid not null, "seq" int not null, "due_on" date not null, "amount" numeric(18,2) not null, primary key ("id"));`,
    );
    this.addSql(`create index "instalment_plan_id_index" on "instalment" ("plan_id");`);
    this.addSql(
      `alter table "instalment" add constraint "instalment_plan_id_seq_unique" unique ("plan_id", "seq");`,
    );

    this.addSql(
      `alter table "arrear" add constraint "arrear_parts_valid" check (migrant_wages_amount >= 0 and migrant_wages_amount <= amount_due and migrant_wages_paid >= 0 and migrant_wages_paid <= migrant_wages_amount and (disputed_amount is null or (disputed_amount > 0 and disputed_amount <= amount_due)));`,
    );
    this.addSql(
      `alter table "arrear" add constraint "arrear_amounts_valid" check (amount_due > 0 and paid >= 0 and paid <= amount_due);`,
    );
    this.addSql(
      `alter table "arrear" add constraint "arrear_subject_check" check ("subject" in ('GOODS', 'WORKS', 'SERVICES'));`,
    );
    this.addSql(
      `alter table "arrear" add constraint "arrear_status_check" check ("status" in ('REGISTERED', 'VERIFIED', 'PLANNED', 'REPAYING', 'CLEARED', 'DISPUTED', 'IN_COURT', 'WITHDRAWN'));`,
    );
    this.addSql(
      `alter table "arrear" add constraint "arrear_source_check" check ("source" in ('SELF_INSPECTION', 'COMPLAINT', 'AUDIT', 'INSPECTION'));`,
    );

    this.addSql(
      `alter table "document" add constraint "document_arrear_id_foreign" foreign key ("arrear_id") references "arrear" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "document" add constraint "document_kind_check" check ("kind" in ('CONTRACT', 'INVOICE', 'ACCEPTANCE_RECORD', 'PAYMENT_VOUCHER', 'REPAYMENT_PLAN', 'AGREEMENT', 'OTHER'));`,
    );

    this.addSql(
      `create or replace function "audit_trail_audit_trail_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_trail is append-only: % is not allowed', tg_op; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_trail_append_only" BEFORE UPDATE OR DELETE on "audit_trail" for each STATEMENT execute function "audit_trail_audit_trail_append_only_fn"();`,
    );

    this.addSql(
      `alter table "payment" add constraint "payment_arrear_id_foreign" foreign key ("arrear_id") references "arrear" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "payment" add constraint "payment_method_check" check ("method" in ('TRANSFER', 'ACCEPTANCE_BILL', 'OFFSET', 'ASSET'));`,
    );

    this.addSql(
      `alter table "repayment_plan" add constraint "repayment_plan_arrear_id_foreign" foreign key ("arrear_id") references "arrear" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "repayment_plan" add constraint "repayment_plan_funding_source_check" check ("funding_source" in ('FISCAL_FUNDS', 'TAX_ARREARS_RECOVERED', 'STATE_ASSET_DISPOSAL', 'SPECIAL_BONDS', 'OWN_FUNDS', 'BUDGET_DEDUCTION', 'OTHER'));`,
    );
    this.addSql(
      `alter table "repayment_plan" add constraint "repayment_plan_status_check" check ("status" in ('ACTIVE', 'SUPERSEDED'));`,
    );

    this.addSql(
      `alter table "instalment" add constraint "instalment_plan_id_foreign" foreign key ("plan_id") references "repayment_plan" ("id") on delete cascade;`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "document" drop constraint "document_arrear_id_foreign";`);
    this.addSql(`alter table "payment" drop constraint "payment_arrear_id_foreign";`);
    this.addSql(`alter table "repayment_plan" drop constraint "repayment_plan_arrear_id_foreign";`);
    this.addSql(`alter table "instalment" drop constraint "instalment_plan_id_foreign";`);

    this.addSql(`drop table if exists "arrear" cascade;`);
    this.addSql(`drop table if exists "document" cascade;`);
    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
    this.addSql(`drop table if exists "payment" cascade;`);
    this.addSql(`drop table if exists "repayment_plan" cascade;`);
    this.addSql(`drop table if exists "instalment" cascade;`);
  }
}
