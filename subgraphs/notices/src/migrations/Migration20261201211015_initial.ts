import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211015_initial extends Migration {
  override name = 'Migration20261201211015_initial';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "audit_trail" ("id" bigserial primary key, "at" timestamptz not null default now(), "actor_id" varchar(255) not null, "actor_roles" text[] not null, "entity" varchar(255) not null, "entity_id" varchar(255) not null, "action" varchar(255) not null, "before" jsonb null, "after" jsonb null, "reason" text null);`,
    );
    this.addSql(
      `create index "audit_trail_entity_entity_id_index" on "audit_trail" ("entity", "entity_id");`,
    );

    this.addSql(
      `create table "job_run" ("id" uuid not null, "subgraph" varchar(60) not null, "kind" varchar(100) not null, "status" varchar(20) not null, "trigger" varchar(20) not null, "attempt" int not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "day" varchar(10) not null, "summary" text null, "counts" jsonb null, "error" text null, "queue_job_id" varchar(60) not null, "worker" varchar(120) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "job_run_kind_started_at_index" on "job_run" ("kind", "started_at");`,
    );

    this.addSql(
      `create table "notice" ("id" uuid not null, "unit_id" uuid not null, "title" varchar(200) not null, "received_on" date not null, "status" text not null default 'RECEIVED', "version" int not null default 1, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "notice_unit_id_index" on "notice" ("unit_id");`);

    this.addSql(
      `create table "outbox_event" ("id" uuid not null, "key" varchar(300) not null, "topic" varchar(40) not null, "payload" jsonb not null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "delivered_at" timestamptz null, "attempts" int not null default 0, "last_error" text null, primary key ("id"));`,
    );
    this.addSql(
      `alter table "outbox_event" add constraint "outbox_event_key_unique" unique ("key");`,
    );
    this.addSql(
      `create index "outbox_event_pending" on "outbox_event" ("created_at") where "delivered_at" is null;`,
    );

    this.addSql(
      `create or replace function "audit_trail_audit_trail_append_only_fn"() returns trigger as \$\$ begin raise exception 'audit_trail is append-only: % is not allowed', tg_op; end; \$\$ language plpgsql;`,
    );
    this.addSql(
      `create trigger "audit_trail_append_only" BEFORE UPDATE OR DELETE on "audit_trail" for each STATEMENT execute function "audit_trail_audit_trail_append_only_fn"();`,
    );

    this.addSql(
      `alter table "notice" add constraint "notice_status_check" check ("status" in ('RECEIVED', 'IN_PROGRESS', 'CLOSED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
    this.addSql(`drop table if exists "job_run" cascade;`);
    this.addSql(`drop table if exists "notice" cascade;`);
    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }
}
