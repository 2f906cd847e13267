import { Migration } from '@mikro-orm/migrations';

export class Migration20261201212152_payment_performance_register extends Migration {
  override name = 'Migration20261201212152_payment_performance_register';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "payment_performance_report" ("id" uuid not null, "subject_key" varchar(60) not null, "subject" text not null, "unit_id" uuid null, "region_code" varchar(12) not null, "subject_name" varchar(200) not null, "half" varchar(7) not null, "payments" int not null, "paid_amount" numeric(18,2) not null, "average_days" double precision null, "median_days" double precision null, "within30" double precision null, "within30value" double precision null, "days31to60" double precision null, "days31to60value" double precision null, "over60" double precision null, "over60value" double precision null, "paid_late" double precision null, "paid_late_value" double precision null, "in_dispute" double precision null, "overdue_unpaid_count" int not null, "overdue_unpaid_amount" numeric(18,2) not null, "status" text not null, "published_on" date null, "generated_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "payment_performance_report_unit_id_index" on "payment_performance_report" ("unit_id");`,
    );
    this.addSql(
      `create index "payment_performance_report_region_code_index" on "payment_performance_report" ("region_code");`,
    );
    this.addSql(
      `create index "payment_performance_report_subject_name_index" on "payment_performance_report" ("subject_name");`,
    );
    this.addSql(
      `create index "payment_performance_report_half_index" on "payment_performance_report" ("half");`,
    );
    this.addSql(
      `alter table "payment_performance_report" add constraint "payment_performance_report_subject_key_half_unique" unique ("subject_key", "half");`,
    );

    this.addSql(
      `alter table "payment_performance_report" add constraint "payment_performance_report_subject_check" check ("subject" in ('UNIT', 'REGION'));`,
    );
    this.addSql(
      `alter table "payment_performance_report" add constraint "payment_performance_report_status_check" check ("status" in ('DRAFT', 'REVIEWED', 'PUBLISHED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "payment_performance_report" cascade;`);
  }
}
