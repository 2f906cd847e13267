import { Migration } from '@mikro-orm/migrations';

export class Migration20261201211513_initial extends Migration {
  override name = 'Migration20261201211513_initial';

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
      `create table "notice" ("id" uuid not null, "event_id" uuid not null, "source" varchar(60) not null, "kind" varchar(40) not null, "recipient_type" varchar(20) not null, "recipient_key" varchar(120) not null, "unit_id" uuid null, "post_id" uuid null, "region_code" varchar(12) null, "enterprise_id" uuid null, "text" text not null, "link_type" varchar(60) null, "link_id" varchar(100) null, "occurred_at" timestamptz not null, "created_at" timestamptz not null default now(), "read_at" timestamptz null, "read_by" varchar(200) null, primary key ("id"));`,
    );
    this.addSql(
      `create index "notice_enterprise_id_created_at_index" on "notice" ("enterprise_id", "created_at");`,
    );
    this.addSql(
      `create index "notice_region_code_created_at_index" on "notice" ("region_code", "created_at");`,
    );
    this.addSql(
      `create index "notice_unit_id_created_at_index" on "notice" ("unit_id", "created_at");`,
    );
    this.addSql(
      `alter table "notice" add constraint "notice_event_id_recipient_key_unique" unique ("event_id", "recipient_key");`,
    );

    this.addSql(
      `create table "notice_subscription" ("id" uuid not null, "unit_id" uuid null, "region_code" varchar(12) null, "channel" text not null, "url" text null, "email" varchar(254) null, "secret" varchar(100) null, "kinds" text[] not null, "active" boolean not null default true, "created_by" varchar(200) not null, "created_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "notice_subscription_region_code_index" on "notice_subscription" ("region_code");`,
    );
    this.addSql(
      `create index "notice_subscription_unit_id_index" on "notice_subscription" ("unit_id");`,
    );

    this.addSql(
      `create table "notice_delivery" ("id" uuid not null, "subscription_id" uuid not null, "notice_id" uuid not null, "status" text not null default 'PENDING', "attempts" int not null default 0, "last_error" text null, "last_status" int null, "created_at" timestamptz not null default now(), "delivered_at" timestamptz null, primary key ("id"));`,
    );
    this.addSql(
      `create index "notice_delivery_status_created_at_index" on "notice_delivery" ("status", "created_at");`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_subscription_id_notice_id_unique" unique ("subscription_id", "notice_id");`,
    );

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
      `alter table "notice_subscription" add constraint "notice_subscription_channel_check" check ("channel" in ('WEBHOOK', 'EMAIL'));`,
    );

    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_subscription_id_foreign" foreign key ("subscription_id") references "notice_subscription" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_notice_id_foreign" foreign key ("notice_id") references "notice" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "notice_delivery" add constraint "notice_delivery_status_check" check ("status" in ('PENDING', 'DELIVERED', 'DEAD'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(
      `alter table "notice_delivery" drop constraint "notice_delivery_notice_id_foreign";`,
    );
    this.addSql(
      `alter table "notice_delivery" drop constraint "notice_delivery_subscription_id_foreign";`,
    );

    this.addSql(`drop trigger if exists "audit_trail_append_only" on "audit_trail";`);
    this.addSql(`drop function if exists "audit_trail_audit_trail_append_only_fn"();`);
    this.addSql(`drop table if exists "audit_trail" cascade;`);
    this.addSql(`drop table if exists "job_run" cascade;`);
    this.addSql(`drop table if exists "notice" cascade;`);
    this.addSql(`drop table if exists "notice_subscription" cascade;`);
    this.addSql(`drop table if exists "notice_delivery" cascade;`);
    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }
}
