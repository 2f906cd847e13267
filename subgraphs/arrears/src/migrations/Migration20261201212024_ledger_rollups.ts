import { Migration } from '@mikro-orm/migrations';

// Issue 19: the ledger's rollups. Tables and indexes as migration:create wrote them from the
// entities (rollup/*.entity.ts, ledger/arrear.entity.ts); below them, by hand, the functions and
// statement-level triggers that keep ledger_unit_totals and ledger_unit_month in step with every
// change to `arrear` and `payment` in the same transaction (each statement adds what its changed
// rows add and takes away what they took, in one grouped upsert), the clock the age buckets are
// for, and the rebuild that fills the rollup from the ledger with the same per-line rule.
//
// ledger_line_totals() repeats two rules of the application, which the tests compare with the
// ledger itself: which debts count (ledger/arrear.enums.ts, countedSql) and the age buckets
// (rules/ageing.ts). A change to either needs a new migration replacing this function.

/** The measure columns of ledger_unit_totals, in table order, and what one line adds to each
 * (`c` 1 when counted, `o` its outstanding, `g` 1 when counted with something outstanding, `b`
 * its age bucket 0..6 on the date; all multiplied by the sign `s`). */
const BUCKETS = [
  'not_due',
  'up_to_30_days',
  'days_31_to_90',
  'days_91_to_180',
  'days_181_to_365',
  'over_1_year',
  'over_3_years',
];
const SUBJECTS = ['GOODS', 'WORKS', 'SERVICES'];
const MEASURES: [column: string, perLine: string][] = [
  ['lines', 's'],
  ['counted', 's * x.c'],
  ['amount_due', 's * x.c * a.amount_due'],
  ['paid', 's * x.c * a.paid'],
  ['disputed_outstanding', 's * x.c * (case when a.disputed then x.o else 0 end)'],
  ['undisputed_outstanding', 's * x.c * greatest(x.o - coalesce(a.disputed_amount, 0), 0)'],
  ['wages_outstanding', 's * x.c * (a.migrant_wages_amount - a.migrant_wages_paid)'],
  ['judicial', 's * a.in_judicial_process::int'],
  ...SUBJECTS.flatMap((subject): [string, string][] => [
    [`${subject.toLowerCase()}_count`, `s * x.c * (a.subject = '${subject}')::int`],
    [
      `${subject.toLowerCase()}_outstanding`,
      `s * x.c * (case when a.subject = '${subject}' then x.o else 0 end)`,
    ],
  ]),
  ...BUCKETS.flatMap((bucket, i): [string, string][] => [
    [`aged_${bucket}_count`, `s * x.g * (x.b = ${i})::int`],
    [`aged_${bucket}_outstanding`, `s * x.g * (case when x.b = ${i} then x.o else 0 end)`],
  ]),
  [
    'overdue_unplanned',
    `s * x.g * (x.b > 0 and not a.has_repayment_plan and a.status <> 'CLEARED')::int`,
  ],
];
const COLUMNS = MEASURES.map(([column]) => column);

/** Counted in the totals (countedSql in ledger/arrear.enums.ts). */
const counted = (a: string) =>
  `(not ${a}.in_judicial_process and ${a}.status not in ('IN_COURT', 'WITHDRAWN'))`;

/** The age bucket index of `days` past due (rules/ageing.ts: 0, 30, 90, 180, 365, 1095 days). */
const bucketIndex = (days: string) =>
  `case when ${days} <= 0 then 0 when ${days} <= 30 then 1 when ${days} <= 90 then 2 when ${days} <= 180 then 3 when ${days} <= 365 then 4 when ${days} <= 1095 then 5 else 6 end`;

/** Adds the rows of `source` (rows shaped like ledger_unit_totals, `lines` ±1) to the totals: one
 * grouped upsert, in debtor order (so concurrent statements lock rows in the same order), leaving
 * out debtors whose figures and place did not change. */
const addToTotals = (source: string) => `
  insert into ledger_unit_totals as u (debtor_id, region_path, ${COLUMNS.join(', ')})
  select d.debtor_id, coalesce(max(d.region_path) filter (where d.lines > 0), ''),
         ${COLUMNS.map((c) => `sum(d.${c})`).join(', ')}
    from (${source}) d
   group by d.debtor_id
  having ${COLUMNS.map((c) => `sum(d.${c}) <> 0`).join(' or ')}
      or max(d.region_path) filter (where d.lines > 0) is distinct from max(d.region_path) filter (where d.lines < 0)
   order by d.debtor_id
  on conflict (debtor_id) do update set
    region_path = case when excluded.region_path = '' then u.region_path else excluded.region_path end,
    ${COLUMNS.map((c) => `${c} = u.${c} + excluded.${c}`).join(',\n    ')}`;

/** Adds payments (`p` with arrear_id, paid_on, amount and a sign s) on counted lines to their months. */
const addToMonths = (
  source: string,
  line = 'a',
  join = `join arrear a on a.id = p.arrear_id where ${counted('a')}`,
) => `
  insert into ledger_unit_month as u (debtor_id, month, payments, paid)
  select ${line}.debtor_id, date_trunc('month', p.paid_on)::date, sum(p.s), sum(p.s * p.amount)
    from (${source}) p ${join}
   group by 1, 2
   order by 1, 2
  on conflict (debtor_id, month) do update set payments = u.payments + excluded.payments, paid = u.paid + excluded.paid`;

const linesOf = (table: string, asOf: string, sign: number) =>
  `select t.* from ${table} n cross join lateral ledger_line_totals(n, ${asOf}, ${sign}) t`;

/** Lines whose age bucket can differ between dates `v` and `target`: due within [lo − b, hi − b)
 * for a bucket boundary b. */
const mayChangeBucket = (a: string) =>
  [0, 30, 90, 180, 365, 1095]
    .map(
      (b) =>
        `(${a}.statutory_due_on >= least(v, target) - ${b} and ${a}.statutory_due_on < greatest(v, target) - ${b})`,
    )
    .join(' or ');

const ROLLUP_SQL: string[] = [
  // What one line adds to its debtor's totals on a date (s = -1: what it takes away). "offset 0"
  // keeps c, o, b and g computed once per line: without it the planner copies the bucket's case
  // expression into every column, and planning a trigger's statement takes ten times longer.
  `create or replace function ledger_line_totals(a arrear, as_of date, s int) returns setof ledger_unit_totals
   language sql stable as $$
     select a.debtor_id, a.debtor_region_path, ${MEASURES.map(([, perLine]) => perLine).join(', ')}
       from (select ${counted('a')}::int as c, a.amount_due - a.paid as o,
                    ${bucketIndex('coalesce(as_of - a.statutory_due_on, 0)')} as b offset 0) x0
      cross join lateral (select x0.c, x0.o, x0.b, (x0.c = 1 and x0.o > 0)::int as g offset 0) x
   $$`,
  `create or replace function ledger_rollup_on_arrear() returns trigger language plpgsql as $$
   declare v date;
   begin
     select as_of into strict v from ledger_rollup_clock where id = 1 for share;
     if tg_op = 'INSERT' then
       ${addToTotals(linesOf('new_rows', 'v', 1))};
     elsif tg_op = 'DELETE' then
       ${addToTotals(linesOf('old_rows', 'v', -1))};
     else
       -- A line entering or leaving the totals takes its payments with it (months first, then the
       -- totals: every trigger locks in that order).
       ${addToMonths(
         `select f.debtor_id, q.paid_on, q.amount, f.s from (
            select n.id, n.debtor_id, ${counted('n')}::int - ${counted('o')}::int as s
              from new_rows n join old_rows o on o.id = n.id) f
            join payment q on q.arrear_id = f.id where f.s <> 0`,
         'p',
         '',
       )};
       ${addToTotals(`${linesOf('new_rows', 'v', 1)} union all ${linesOf('old_rows', 'v', -1)}`)};
     end if;
     return null;
   end $$`,
  `create trigger ledger_rollup_arrear_insert after insert on arrear referencing new table as new_rows
   for each statement execute function ledger_rollup_on_arrear()`,
  `create trigger ledger_rollup_arrear_update after update on arrear referencing old table as old_rows new table as new_rows
   for each statement execute function ledger_rollup_on_arrear()`,
  `create trigger ledger_rollup_arrear_delete after delete on arrear referencing old table as old_rows
   for each statement execute function ledger_rollup_on_arrear()`,
  `create or replace function ledger_rollup_on_payment() returns trigger language plpgsql as $$
   begin
     perform 1 from ledger_rollup_clock where id = 1 for share;
     if tg_op = 'INSERT' then
       ${addToMonths(`select arrear_id, paid_on, amount, 1 as s from new_rows`)};
     elsif tg_op = 'DELETE' then
       ${addToMonths(`select arrear_id, paid_on, amount, -1 as s from old_rows`)};
     else
       ${addToMonths(
         `select arrear_id, paid_on, amount, 1 as s from new_rows union all select arrear_id, paid_on, amount, -1 from old_rows`,
       )};
     end if;
     return null;
   end $$`,
  `create trigger ledger_rollup_payment_insert after insert on payment referencing new table as new_rows
   for each statement execute function ledger_rollup_on_payment()`,
  `create trigger ledger_rollup_payment_update after update on payment referencing old table as old_rows new table as new_rows
   for each statement execute function ledger_rollup_on_payment()`,
  `create trigger ledger_rollup_payment_delete after delete on payment referencing old table as old_rows
   for each statement execute function ledger_rollup_on_payment()`,
  // The whole rollup from the ledger, for a date: after a bulk load with the triggers off, or when
  // the clock is far behind. The same per-line rule as the triggers.
  `create or replace function ledger_rollup_rebuild(target date) returns date language plpgsql as $$
   begin
     insert into ledger_rollup_clock (id, as_of) values (1, target) on conflict (id) do nothing;
     perform 1 from ledger_rollup_clock where id = 1 for update;
     lock table ledger_unit_totals, ledger_unit_month in exclusive mode;
     delete from ledger_unit_totals;
     delete from ledger_unit_month;
     insert into ledger_unit_totals (debtor_id, region_path, ${COLUMNS.join(', ')})
     select d.debtor_id, coalesce(max(d.region_path), ''), ${COLUMNS.map((c) => `sum(d.${c})`).join(', ')}
       from arrear n cross join lateral ledger_line_totals(n, target, 1) d group by d.debtor_id;
     insert into ledger_unit_month (debtor_id, month, payments, paid)
     select a.debtor_id, date_trunc('month', p.paid_on)::date, count(*), sum(p.amount)
       from payment p join arrear a on a.id = p.arrear_id where ${counted('a')} group by 1, 2;
     update ledger_rollup_clock set as_of = target where id = 1;
     return target;
   end $$`,
  // Ages the rollup to `target`: only the lines whose bucket can change between the two dates are
  // read (a day's move reads the lines due on six days); far moves rebuild.
  `create or replace function ledger_rollup_advance(target date) returns date language plpgsql as $$
   declare v date;
   begin
     select as_of into strict v from ledger_rollup_clock where id = 1 for update;
     if v = target then return v; end if;
     if abs(target - v) > 400 then return ledger_rollup_rebuild(target); end if;
     ${addToTotals(
       `with moved as materialized (select m from arrear m where ${mayChangeBucket('m')})
        select t.* from moved cross join lateral ledger_line_totals(moved.m, target, 1) t
        union all
        select t.* from moved cross join lateral ledger_line_totals(moved.m, v, -1) t`,
     )};
     update ledger_rollup_clock set as_of = target where id = 1;
     return target;
   end $$`,
  // Debtors whose stored rollup differs from one computed afresh from the ledger (tests, the
  // benchmark after its bulk load): empty when the triggers kept it in step.
  `create or replace function ledger_rollup_differences() returns table (debtor_id uuid, part text)
   language sql stable as $$
     with clock as (select as_of from ledger_rollup_clock where id = 1),
     fresh as (
       select d.debtor_id, max(d.region_path) as region_path, ${COLUMNS.map((c) => `sum(d.${c}) as ${c}`).join(', ')}
         from arrear n cross join clock cross join lateral ledger_line_totals(n, clock.as_of, 1) d
        group by d.debtor_id),
     months as (
       select a.debtor_id, date_trunc('month', p.paid_on)::date as month, count(*) as payments, sum(p.amount) as paid
         from payment p join arrear a on a.id = p.arrear_id where ${counted('a')} group by 1, 2)
     select coalesce(f.debtor_id, s.debtor_id), 'totals'
       from fresh f full join ledger_unit_totals s on s.debtor_id = f.debtor_id
      where ${COLUMNS.map((c) => `coalesce(f.${c}, 0) <> coalesce(s.${c}, 0)`).join(' or ')}
         or (f.debtor_id is not null and f.region_path is distinct from s.region_path)
     union all
     select coalesce(f.debtor_id, s.debtor_id), 'months'
       from months f full join ledger_unit_month s on s.debtor_id = f.debtor_id and s.month = f.month
      where coalesce(f.payments, 0) <> coalesce(s.payments, 0) or coalesce(f.paid, 0) <> coalesce(s.paid, 0)
   $$`,
  // The ledger as it stands (its places are filled in by the first reload of the unit directory).
  `select ledger_rollup_rebuild((now() at time zone 'Asia/Shanghai')::date)`,
];

const DROP_ROLLUP_SQL = [
  'drop trigger if exists ledger_rollup_arrear_insert on arrear',
  'drop trigger if exists ledger_rollup_arrear_update on arrear',
  'drop trigger if exists ledger_rollup_arrear_delete on arrear',
  'drop trigger if exists ledger_rollup_payment_insert on payment',
  'drop trigger if exists ledger_rollup_payment_update on payment',
  'drop trigger if exists ledger_rollup_payment_delete on payment',
  'drop function if exists ledger_rollup_differences()',
  'drop function if exists ledger_rollup_advance(date)',
  'drop function if exists ledger_rollup_rebuild(date)',
  'drop function if exists ledger_rollup_on_payment()',
  'drop function if exists ledger_rollup_on_arrear()',
  'drop function if exists ledger_line_totals(arrear, date, int)',
];

export class Migration20261201212024_ledger_rollups extends Migration {
  override name = 'Migration20261201212024_ledger_rollups';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "ledger_rollup_clock" ("id" smallint primary key, "as_of" date not null);`,
    );

    this.addSql(
      `create table "ledger_unit_month" ("debtor_id" uuid not null, "month" date not null, "payments" int not null default 0, "paid" numeric(18,2) not null default '0', primary key ("debtor_id", "month"));`,
    );

    this.addSql(
      `create table "ledger_unit_totals" ("debtor_id" uuid not null, "region_path" varchar(255) collate "C" not null default '', "lines" int not null default 0, "counted" int not null default 0, "amount_due" numeric(18,2) not null default '0', "paid" numeric(18,2) not null default '0', "disputed_outstanding" numeric(18,2) not null default '0', "undisputed_outstanding" numeric(18,2) not null default '0', "wages_outstanding" numeric(18,2) not null default '0', "judicial" int not null default 0, "goods_count" int not null default 0, "goods_outstanding" numeric(18,2) not null default '0', "works_count" int not null default 0, "works_outstanding" numeric(18,2) not null default '0', "services_count" int not null default 0, "services_outstanding" numeric(18,2) not null default '0', "aged_not_due_count" int not null default 0, "aged_not_due_outstanding" numeric(18,2) not null default '0', "aged_up_to_30_days_count" int not null default 0, "aged_up_to_30_days_outstanding" numeric(18,2) not null default '0', "aged_days_31_to_90_count" int not null default 0, "aged_days_31_to_90_outstanding" numeric(18,2) not null default '0', "aged_days_91_to_180_count" int not null default 0, "aged_days_91_to_180_outstanding" numeric(18,2) not null default '0', "aged_days_181_to_365_count" int not null default 0, "aged_days_181_to_365_outstanding" numeric(18,2) not null default '0', "aged_over_1_year_count" int not null default 0, "aged_over_1_year_outstanding" numeric(18,2) not null default '0', "aged_over_3_years_count" int not null default 0, "aged_over_3_years_outstanding" numeric(18,2) not null default '0', "overdue_unplanned" int not null default 0, primary key ("debtor_id"));`,
    );
    this.addSql(
      `create index "ledger_unit_totals_region_path_index" on "ledger_unit_totals" ("region_path");`,
    );

    this.addSql(`drop index "arrear_creditor_id_index";`);
    this.addSql(`drop index "arrear_debtor_id_index";`);
    this.addSql(`drop index "arrear_registered_at_index";`);
    this.addSql(`drop index "arrear_statutory_due_on_index";`);
    this.addSql(
      `alter table "arrear" add "debtor_region_path" varchar(255) collate "C" not null default '';`,
    );
    this.addSql(
      `create index "arrear_debtor_region_path_index" on "arrear" ("debtor_region_path");`,
    );
    this.addSql(`create index "arrear_subject_index" on "arrear" ("subject");`);
    this.addSql(`create index "arrear_source_index" on "arrear" ("source");`);
    this.addSql(
      `create index "arrear_has_repayment_plan_index" on "arrear" ("registered_at", "id") where "has_repayment_plan";`,
    );
    this.addSql(
      `create index "arrear_in_judicial_process_index" on "arrear" ("registered_at", "id") where "in_judicial_process";`,
    );
    this.addSql(
      `create index "arrear_disputed_index" on "arrear" ("registered_at", "id") where "disputed";`,
    );
    this.addSql(
      `create index "arrear_overdue_index" on "arrear" ("statutory_due_on", "registered_at", "id") where "outstanding" > 0;`,
    );
    this.addSql(
      `create index "arrear_status_overdue_index" on "arrear" ("status", "statutory_due_on") where "outstanding" > 0;`,
    );
    this.addSql(
      `create index "arrear_statutory_due_on_id_index" on "arrear" ("statutory_due_on", "id");`,
    );
    this.addSql(`create index "arrear_outstanding_id_index" on "arrear" ("outstanding", "id");`);
    this.addSql(`create index "arrear_amount_due_id_index" on "arrear" ("amount_due", "id");`);
    this.addSql(
      `create index "arrear_contract_signed_on_id_index" on "arrear" ("contract_signed_on", "id");`,
    );
    this.addSql(
      `create index "arrear_registered_at_id_index" on "arrear" ("registered_at", "id");`,
    );
    this.addSql(
      `create index "arrear_creditor_registered_index" on "arrear" ("creditor_id", "registered_at", "id");`,
    );
    this.addSql(
      `create index "arrear_debtor_registered_index" on "arrear" ("debtor_id", "registered_at", "id");`,
    );

    this.addSql(
      `alter table "ledger_rollup_clock" add constraint "ledger_rollup_clock_one_row" check (id = 1);`,
    );

    for (const sql of ROLLUP_SQL) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    for (const sql of DROP_ROLLUP_SQL) this.addSql(sql);
    this.addSql(`drop table if exists "ledger_rollup_clock" cascade;`);
    this.addSql(`drop table if exists "ledger_unit_month" cascade;`);
    this.addSql(`drop table if exists "ledger_unit_totals" cascade;`);

    this.addSql(`drop index "arrear_debtor_region_path_index";`);
    this.addSql(`drop index "arrear_subject_index";`);
    this.addSql(`drop index "arrear_source_index";`);
    this.addSql(`drop index "arrear_has_repayment_plan_index";`);
    this.addSql(`drop index "arrear_in_judicial_process_index";`);
    this.addSql(`drop index "arrear_disputed_index";`);
    this.addSql(`drop index "arrear_overdue_index";`);
    this.addSql(`drop index "arrear_status_overdue_index";`);
    this.addSql(`drop index "arrear_statutory_due_on_id_index";`);
    this.addSql(`drop index "arrear_outstanding_id_index";`);
    this.addSql(`drop index "arrear_amount_due_id_index";`);
    this.addSql(`drop index "arrear_contract_signed_on_id_index";`);
    this.addSql(`drop index "arrear_registered_at_id_index";`);
    this.addSql(`drop index "arrear_creditor_registered_index";`);
    this.addSql(`drop index "arrear_debtor_registered_index";`);
    this.addSql(`alter table "arrear" drop column "debtor_region_path";`);
    this.addSql(`create index "arrear_creditor_id_index" on "arrear" ("creditor_id");`);
    this.addSql(`create index "arrear_debtor_id_index" on "arrear" ("debtor_id");`);
    this.addSql(`create index "arrear_registered_at_index" on "arrear" ("registered_at");`);
    this.addSql(`create index "arrear_statutory_due_on_index" on "arrear" ("statutory_due_on");`);
  }
}
