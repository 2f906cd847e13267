import { Migration } from '@mikro-orm/migrations';

export class Migration20261124160542_initial extends Migration {

  override name = 'Migration20261124160542_initial';

  override up(): void | Promise<void> {
    this.addSql(`create table "arrear" ("id" uuid not null, "debtor_id" uuid not null, "creditor_id" uuid not null, "project_id" uuid null, "contract_no" varchar(100) not null, "contract_signed_on" date not null, "subject" text not null, "amount_due" numeric(18,2) not null, "paid" numeric(18,2) not null default '0', "outstanding" numeric(18,2) generated always as (amount_due - paid) stored not null, "delivered_on" date null, "accepted_on" date null, "cause" text null, "disputed" boolean not null default false, "in_judicial_process" boolean not null default false, "status" text not null default 'REGISTERED', "source" text not null default 'SELF_INSPECTION', "registered_by" varchar(200) not null, "version" int not null default 1, "registered_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), primary key ("id"));`);
    this.addSql(`create index "arrear_debtor_id_index" on "arrear" ("debtor_id");`);
    this.addSql(`create index "arrear_creditor_id_index" on "arrear" ("creditor_id");`);
    this.addSql(`create index "arrear_project_id_index" on "arrear" ("project_id");`);
    this.addSql(`create index "arrear_status_index" on "arrear" ("status");`);
    this.addSql(`create index "arrear_registered_at_index" on "arrear" ("registered_at");`);
    this.addSql(`alter table "arrear" add constraint "arrear_debtor_creditor_contract_unique" unique ("debtor_id", "creditor_id", "contract_no");`);

    this.addSql(`create table "audit_trail" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" varchar(255) not null, "actor_roles" text[] not null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "reason" text null);`);
    this.addSql(`create index "audit_trail_entity_entity_id_index" on "audit_trail" ("entity", "entity_id");`);

    this.addSql(`alter table "arrear" add constraint "arrear_amounts_valid" check (amount_due > 0 and paid >= 0 and paid <= amount_due);`);
    this.addSql(`alter table "arrear" add constraint "arrear_subject_check" check ("subject" in ('GOODS', 'WORKS', 'SERVICES'));`);
    this.addSql(`alter table "arrear" add constraint "arrear_status_check" check ("status" in ('REGISTERED', 'VERIFIED', 'PLANNED', 'REPAYING', 'CLEARED', 'DISPUTED', 'IN_COURT', 'WITHDRAWN'));`);
    this.addSql(`alter table "arrear" add constraint "arrear_source_check" check ("source" in ('SELF_INSPECTION', 'COMPLAINT', 'AUDIT', 'INSPECTION'));`);

    this.addSql(`create or replace function "audit_trail_audit_trail_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_trail is append-only: % is not allowed', tg_op; end; \$\$ language plpgsql;`);
    this.addSql(`create trigger "audit_trail_append_only" BEFORE UPDATE OR DELETE OR TRUNCATE on "audit_trail" for each STATEMENT execute function "audit_trail_audit_trail_append_only_fn"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "arrear" cascade;`);
    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
  }

}
