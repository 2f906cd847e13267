import { Migration } from '@mikro-orm/migrations';

export class Migration20261201235834_complaints_routing_confirmation_clue_ledger extends Migration {
  override name = 'Migration20261201235834_complaints_routing_confirmation_clue_ledger';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "clue_evidence" ("id" uuid not null, "clue_id" uuid not null, "kind" text not null, "file_name" varchar(255) not null, "media_type" varchar(100) not null, "size" int not null, "sha256" varchar(64) not null, "content" bytea not null, "note" varchar(500) null, "uploaded_by" varchar(200) not null, "uploaded_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(`create index "clue_evidence_clue_id_index" on "clue_evidence" ("clue_id");`);

    this.addSql(
      `create table "clue_info_request" ("id" uuid not null, "clue_id" uuid not null, "question" text not null, "answer_by" date null, "asked_by" varchar(200) not null, "asked_at" timestamptz not null default now(), "answer" text null, "answered_on" date null, "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "clue_info_request_clue_id_index" on "clue_info_request" ("clue_id");`,
    );

    this.addSql(
      `create table "clue_ledger_report" ("id" uuid not null, "unit_id" uuid not null, "period" varchar(7) not null, "revision" int not null, "receiver_id" uuid null, "region_code" varchar(12) not null, "covers_month" varchar(7) not null, "clue_ids" uuid[] not null, "clue_count" int not null, "due_at" timestamptz not null, "late" boolean not null, "submitted_by" varchar(200) not null, "submitted_at" timestamptz not null default now(), "version" int not null default 1, primary key ("id"));`,
    );
    this.addSql(
      `create index "clue_ledger_report_unit_id_index" on "clue_ledger_report" ("unit_id");`,
    );
    this.addSql(
      `create index "clue_ledger_report_receiver_id_index" on "clue_ledger_report" ("receiver_id");`,
    );
    this.addSql(
      `create index "clue_ledger_report_region_code_index" on "clue_ledger_report" ("region_code");`,
    );
    this.addSql(
      `alter table "clue_ledger_report" add constraint "clue_ledger_report_unit_id_period_revision_unique" unique ("unit_id", "period", "revision");`,
    );

    this.addSql(
      `create table "receivable_confirmation" ("id" uuid not null, "creditor_id" uuid not null, "debtor_id" uuid not null, "region_code" varchar(12) not null, "intake_office_id" uuid null, "contract_no" varchar(100) not null, "contract_signed_on" date not null, "subject" text not null, "delivered_on" date null, "amount" numeric(18,2) not null, "description" text not null, "requested_on" date not null, "due_on" date not null, "status" text not null, "confirmed_amount" numeric(18,2) null, "reason" text null, "answered_on" date null, "silence_flagged_on" date null, "arrear_id" uuid null, "requested_by" varchar(200) not null, "version" int not null default 1, "created_at" timestamptz not null default now(), primary key ("id"));`,
    );
    this.addSql(
      `create index "receivable_confirmation_creditor_id_index" on "receivable_confirmation" ("creditor_id");`,
    );
    this.addSql(
      `create index "receivable_confirmation_debtor_id_index" on "receivable_confirmation" ("debtor_id");`,
    );
    this.addSql(
      `create index "receivable_confirmation_region_code_index" on "receivable_confirmation" ("region_code");`,
    );
    this.addSql(
      `create index "receivable_confirmation_intake_office_id_index" on "receivable_confirmation" ("intake_office_id");`,
    );
    this.addSql(
      `create index "receivable_confirmation_due_on_index" on "receivable_confirmation" ("due_on");`,
    );
    this.addSql(
      `create index "receivable_confirmation_status_index" on "receivable_confirmation" ("status");`,
    );
    this.addSql(
      `create index "receivable_confirmation_arrear_id_index" on "receivable_confirmation" ("arrear_id");`,
    );

    this.addSql(`alter table "arrear" drop constraint "arrear_source_check";`);
    this.addSql(
      `alter table "arrear" add constraint "arrear_source_check" check ("source" in ('SELF_INSPECTION', 'COMPLAINT', 'AUDIT', 'INSPECTION', 'CONFIRMATION'));`,
    );

    this.addSql(`alter table "clue" drop constraint "clue_channel_check";`);
    this.addSql(
      `alter table "clue" add "region_code" varchar(12) null, add "intake_office_id" uuid null, add "filed_by_unit_id" uuid null, add "respondent_matched_by" text null, add "respondent_candidate_ids" uuid[] not null default '{}', add "complainant_matched_by" text null, add "complainant_candidate_ids" uuid[] not null default '{}', add "transfer_due_on" date null, add "outcome" text null, add "complainant_rating" int null, add "complainant_rating_note" text null, add "rated_on" date null;`,
    );
    this.addSql(`create index "clue_region_code_index" on "clue" ("region_code");`);
    this.addSql(`create index "clue_intake_office_id_index" on "clue" ("intake_office_id");`);
    this.addSql(`create index "clue_filed_by_unit_id_index" on "clue" ("filed_by_unit_id");`);
    this.addSql(
      `alter table "clue" add constraint "clue_respondent_matched_by_check" check ("respondent_matched_by" in ('CREDIT_CODE', 'NAME', 'ALIAS', 'ID', 'LINKED'));`,
    );
    this.addSql(
      `alter table "clue" add constraint "clue_complainant_matched_by_check" check ("complainant_matched_by" in ('CREDIT_CODE', 'NAME', 'ALIAS', 'ID', 'LINKED'));`,
    );
    this.addSql(
      `alter table "clue" add constraint "clue_outcome_check" check ("outcome" in ('ANSWERED', 'RESOLVED'));`,
    );
    this.addSql(
      `alter table "clue" add constraint "clue_channel_check" check ("channel" in ('NATIONAL_PLATFORM', 'ONLINE_SUPERVISION', 'HOTLINE_12345', 'PETITION', 'FEDERATION_OF_INDUSTRY', 'PHONE', 'EMAIL', 'LETTER', 'AUDIT_FINDING', 'INSPECTION_FINDING', 'SELF_SERVICE'));`,
    );

    this.addSql(
      `alter table "clue_evidence" add constraint "clue_evidence_clue_id_foreign" foreign key ("clue_id") references "clue" ("id") on delete restrict;`,
    );
    this.addSql(
      `alter table "clue_evidence" add constraint "clue_evidence_kind_check" check ("kind" in ('CONTRACT', 'INVOICE', 'ACCEPTANCE_RECORD', 'PAYMENT_VOUCHER', 'REPAYMENT_PLAN', 'AGREEMENT', 'OTHER'));`,
    );

    this.addSql(
      `alter table "clue_info_request" add constraint "clue_info_request_clue_id_foreign" foreign key ("clue_id") references "clue" ("id") on delete restrict;`,
    );

    this.addSql(
      `alter table "receivable_confirmation" add constraint "receivable_confirmation_subject_check" check ("subject" in ('GOODS', 'WORKS', 'SERVICES'));`,
    );
    this.addSql(
      `alter table "receivable_confirmation" add constraint "receivable_confirmation_status_check" check ("status" in ('REQUESTED', 'CONFIRMED', 'DISPUTED'));`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "clue_evidence" cascade;`);
    this.addSql(`drop table if exists "clue_info_request" cascade;`);
    this.addSql(`drop table if exists "clue_ledger_report" cascade;`);
    this.addSql(`drop table if exists "receivable_confirmation" cascade;`);

    this.addSql(`alter table "arrear" drop constraint "arrear_source_check";`);
    this.addSql(
      `alter table "arrear" add constraint "arrear_source_check" check ("source" in ('SELF_INSPECTION', 'COMPLAINT', 'AUDIT', 'INSPECTION'));`,
    );

    this.addSql(`drop index "clue_region_code_index";`);
    this.addSql(`drop index "clue_intake_office_id_index";`);
    this.addSql(`drop index "clue_filed_by_unit_id_index";`);
    this.addSql(`alter table "clue" drop constraint "clue_respondent_matched_by_check";`);
    this.addSql(`alter table "clue" drop constraint "clue_complainant_matched_by_check";`);
    this.addSql(`alter table "clue" drop constraint "clue_outcome_check";`);
    this.addSql(`alter table "clue" drop constraint "clue_channel_check";`);
    this.addSql(
      `alter table "clue" drop column "region_code", drop column "intake_office_id", drop column "filed_by_unit_id", drop column "respondent_matched_by", drop column "respondent_candidate_ids", drop column "complainant_matched_by", drop column "complainant_candidate_ids", drop column "transfer_due_on", drop column "outcome", drop column "complainant_rating", drop column "complainant_rating_note", drop column "rated_on";`,
    );
    this.addSql(
      `alter table "clue" add constraint "clue_channel_check" check ("channel" in ('NATIONAL_PLATFORM', 'ONLINE_SUPERVISION', 'HOTLINE_12345', 'PETITION', 'FEDERATION_OF_INDUSTRY', 'PHONE', 'EMAIL', 'LETTER', 'AUDIT_FINDING', 'INSPECTION_FINDING'));`,
    );
  }
}
