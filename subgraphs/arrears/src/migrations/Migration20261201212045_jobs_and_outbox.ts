import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212045_jobs_and_outbox extends Migration {
  override name = 'Migration20261201212045_jobs_and_outbox';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "job_run" ("id" uuid not null, "subgraph" varchar(60) not null, "kind" varchar(100) not null, "status" varchar(20) not null, "trigger" varchar(20) not null, "attempt" int not null, "started_at" timestamptz not null, "finished_at" timestamptz null, "day" varchar(10) not null, "summary" text null, "counts" jsonb null, "error" text null, "queue_job_id" varchar(60) not null, "worker" varchar(120) not null, primary key ("id"));`,
    );
    this.addSql(
      `create index "job_run_kind_started_at_index" on "job_run" ("kind", "started_at");`,
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
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "job_run" cascade;`);
    this.addSql(`drop table if exists "outbox_event" cascade;`);
  }
}
