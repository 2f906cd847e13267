import { Migration } from '@mikro-orm/migrations';

// Issue 19: the payment-times histogram per region (rollup/ledger-region-payment-days.entity.ts).
// The table as migration:create wrote it; below it, by hand, the statement-level triggers that keep
// it in step with every change to what a payment's figures depend on — the payment itself, its
// line (term start, due date, withdrawal, dispute flag, place in the region tree) and the line's
// dispute periods — in the same transaction; a rebuild; and its part of ledger_rollup_differences().
//
// Each trigger reads the other tables as they stand when it fires (the end of its statement), as
// ledger_unit_month's do: one statement that changed both a line's term and added payments to it
// (a data-modifying CTE; no path of the application writes so) would count the new payments'
// change twice. ledger_rollup_differences() would show it.
//
// paymentDays() repeats the rule of summary/payment-performance.ts (which payments count, their
// days, late and disputed); the tests compare the two. A change to one needs a migration for the
// other.

/** The first day of the half-year `d` falls in. */
const halfOf = (d: string) =>
  `make_date(extract(year from ${d})::int, case when extract(month from ${d}) <= 6 then 1 else 7 end, 1)`;

/**
 * What the payments of `payments` (payment-shaped rows) add to the histogram, times `sign`, with
 * their lines from `lines` and the lines' dispute periods from `periods`: one row per payment and
 * region on the line's debtor path. Payments of withdrawn lines, or of lines whose payment term has
 * no start, count nowhere (as in payment-performance.ts).
 */
const paymentDays = (payments: string, lines: string, periods: string, sign: string) => `
  select r.code as region_code, ${halfOf('p.paid_on')} as half,
         greatest(p.paid_on - a.payment_term_starts_on, 0) as days,
         ${sign} as payments, ${sign} * p.amount as paid,
         ${sign} * x.late::int as late_payments,
         ${sign} * (case when x.late then p.amount else 0 end) as late_paid,
         ${sign} * x.disputed::int as disputed_payments
    from ${payments} p
    join ${lines} a on a.id = p.arrear_id
   cross join lateral (
     select (a.statutory_due_on is not null and p.paid_on > a.statutory_due_on) as late,
            case when exists (select 1 from ${periods} d where d.arrear_id = a.id and d.kind = 'DISPUTE')
              then exists (select 1 from ${periods} d where d.arrear_id = a.id and d.kind = 'DISPUTE'
                             and d.started_on <= p.paid_on
                             and (d.ended_on is null or d.ended_on > a.payment_term_starts_on))
              else a.disputed end as disputed) x
   cross join lateral unnest(string_to_array(trim(both '/' from a.debtor_region_path), '/')) r(code)
   where a.status <> 'WITHDRAWN' and a.payment_term_starts_on is not null and r.code <> ''`;

const MEASURES = ['payments', 'paid', 'late_payments', 'late_paid', 'disputed_payments'];

/** Adds the rows of `source` to the histogram: one grouped upsert in key order (concurrent
 * statements lock rows in the same order), leaving out keys whose figures did not change. */
const addToDays = (source: string, withClause = '') => `
  ${withClause}
  insert into ledger_region_payment_days as u (region_code, half, days, ${MEASURES.join(', ')})
  select c.region_code, c.half, c.days, ${MEASURES.map((m) => `sum(c.${m})`).join(', ')}
    from (${source}) c
   group by 1, 2, 3
  having ${MEASURES.map((m) => `sum(c.${m}) <> 0`).join(' or ')}
   order by 1, 2, 3
  on conflict (region_code, half, days) do update set
    ${MEASURES.map((m) => `${m} = u.${m} + excluded.${m}`).join(', ')}`;

/** The lines of a statement whose change moves their payments' figures. */
const CHANGED_LINES = `with changed as (
  select n.id from new_rows n join old_rows o on o.id = n.id
   where (n.status = 'WITHDRAWN') is distinct from (o.status = 'WITHDRAWN')
      or n.payment_term_starts_on is distinct from o.payment_term_starts_on
      or n.statutory_due_on is distinct from o.statutory_due_on
      or n.disputed is distinct from o.disputed
      or n.debtor_region_path is distinct from o.debtor_region_path)`;

const paymentsOf = (ids: string) => `(select q.* from payment q where q.arrear_id in (${ids}))`;

/** The dispute periods as they stood before the statement: today's, less the rows it wrote, plus
 * the rows it replaced or removed. */
const periodsBefore = (hasNew: boolean, hasOld: boolean) =>
  `(select q.* from arrear_period q ${hasNew ? 'where not exists (select 1 from new_rows n where n.id = q.id)' : ''}
    ${hasOld ? 'union all select o.* from old_rows o' : ''})`;

const TRANSITION_TABLES = {
  insert: 'referencing new table as new_rows',
  update: 'referencing old table as old_rows new table as new_rows',
  delete: 'referencing old table as old_rows',
};

/** The statement-level triggers of `table` on `events`, named ledger_rollup_z_days_<name>_<event>,
 * calling `fn` (the entities declare the same, rollup/rollup-trigger.ts). */
const triggers = (
  table: string,
  name: string,
  events: (keyof typeof TRANSITION_TABLES)[],
  fn: string,
) =>
  events.map(
    (event) =>
      `create trigger ledger_rollup_z_days_${name}_${event} after ${event} on ${table} ${TRANSITION_TABLES[event]} for each statement execute function ${fn}()`,
  );

/** The lines whose dispute periods a statement wrote (`tables`: its transition tables). */
const touchedLines = (tables: string[]) =>
  tables.map((t) => `select arrear_id from ${t} where kind = 'DISPUTE'`).join(' union ');

/** What a statement on dispute periods moves: the payments of the lines it touched (`tables`: its
 * transition tables), added with today's periods and taken away with the periods before. */
const periodChange = (tables: string[]) =>
  addToDays(
    `${paymentDays(paymentsOf(touchedLines(tables)), 'arrear', 'arrear_period', '1')}
     union all
     ${paymentDays(paymentsOf(touchedLines(tables)), 'arrear', periodsBefore(tables.includes('new_rows'), tables.includes('old_rows')), '-1')}`,
  );

const SQL: string[] = [
  `create or replace function ledger_region_payment_days_on_payment() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       ${addToDays(paymentDays('new_rows', 'arrear', 'arrear_period', '1'))};
     elsif tg_op = 'DELETE' then
       ${addToDays(paymentDays('old_rows', 'arrear', 'arrear_period', '-1'))};
     else
       ${addToDays(
         `${paymentDays('new_rows', 'arrear', 'arrear_period', '1')} union all ${paymentDays('old_rows', 'arrear', 'arrear_period', '-1')}`,
       )};
     end if;
     return null;
   end $$`,
  // Named to fire after ledger_rollup_payment_* (triggers of one event fire in name order), so
  // every statement takes the rollups' row locks in the same order.
  ...triggers(
    'payment',
    'payment',
    ['insert', 'update', 'delete'],
    'ledger_region_payment_days_on_payment',
  ),
  // A line's insert has no payments yet and a line with payments cannot be deleted (restrict), so
  // only its updates move figures: most (a payment's new paid, a status step) change nothing the
  // histogram reads and cost one join of the statement's own rows.
  `create or replace function ledger_region_payment_days_on_arrear() returns trigger language plpgsql as $$
   begin
     if not exists (${CHANGED_LINES} select 1 from changed) then return null; end if;
     ${addToDays(
       `${paymentDays(paymentsOf('select id from changed'), '(select n.* from new_rows n where n.id in (select id from changed))', 'arrear_period', '1')}
        union all
        ${paymentDays(paymentsOf('select id from changed'), '(select o.* from old_rows o where o.id in (select id from changed))', 'arrear_period', '-1')}`,
       CHANGED_LINES,
     )};
     return null;
   end $$`,
  ...triggers('arrear', 'arrear', ['update'], 'ledger_region_payment_days_on_arrear'),
  // A dispute period written or removed can turn a payment of its line into one made in dispute:
  // the line's payments are taken away as they were with the periods before the statement and
  // added back with the periods after.
  `create or replace function ledger_region_payment_days_on_period() returns trigger language plpgsql as $$
   begin
     if tg_op = 'INSERT' then
       ${periodChange(['new_rows'])};
     elsif tg_op = 'DELETE' then
       ${periodChange(['old_rows'])};
     else
       ${periodChange(['new_rows', 'old_rows'])};
     end if;
     return null;
   end $$`,
  ...triggers(
    'arrear_period',
    'period',
    ['insert', 'update', 'delete'],
    'ledger_region_payment_days_on_period',
  ),
  // The whole histogram from the ledger (after a bulk load with the triggers off).
  `create or replace function ledger_region_payment_days_rebuild() returns void language plpgsql as $$
   begin
     lock table ledger_region_payment_days in exclusive mode;
     delete from ledger_region_payment_days;
     ${addToDays(paymentDays('payment', 'arrear', 'arrear_period', '1'))};
   end $$`,
  // Keys whose stored figures differ from the ledger's afresh; ledger_rollup_differences() now
  // lists these beside the debtors' (as debtor_id null, part "payment days <region> <half> <days>").
  `create or replace function ledger_region_payment_days_differences() returns table (debtor_id uuid, part text)
   language sql stable as $$
     with fresh as (
       select c.region_code, c.half, c.days, ${MEASURES.map((m) => `sum(c.${m}) as ${m}`).join(', ')}
         from (${paymentDays('payment', 'arrear', 'arrear_period', '1')}) c group by 1, 2, 3)
     select null::uuid, 'payment days ' || coalesce(f.region_code, s.region_code) || ' '
                        || coalesce(f.half, s.half)::text || ' ' || coalesce(f.days, s.days)::text
       from fresh f full join ledger_region_payment_days s
         on s.region_code = f.region_code and s.half = f.half and s.days = f.days
      where ${MEASURES.map((m) => `coalesce(f.${m}, 0) <> coalesce(s.${m}, 0)`).join(' or ')}
   $$`,
  `alter function ledger_rollup_differences() rename to ledger_unit_rollup_differences`,
  `create function ledger_rollup_differences() returns table (debtor_id uuid, part text)
   language sql stable as $$
     select * from ledger_unit_rollup_differences()
     union all
     select * from ledger_region_payment_days_differences()
   $$`,
  `select ledger_region_payment_days_rebuild()`,
];

const DROP_SQL = [
  'drop function if exists ledger_rollup_differences()',
  'alter function ledger_unit_rollup_differences() rename to ledger_rollup_differences',
  'drop function if exists ledger_region_payment_days_differences()',
  'drop function if exists ledger_region_payment_days_rebuild()',
  'drop trigger if exists ledger_rollup_z_days_period_insert on arrear_period',
  'drop trigger if exists ledger_rollup_z_days_period_update on arrear_period',
  'drop trigger if exists ledger_rollup_z_days_period_delete on arrear_period',
  'drop trigger if exists ledger_rollup_z_days_arrear_update on arrear',
  'drop trigger if exists ledger_rollup_z_days_payment_insert on payment',
  'drop trigger if exists ledger_rollup_z_days_payment_update on payment',
  'drop trigger if exists ledger_rollup_z_days_payment_delete on payment',
  'drop function if exists ledger_region_payment_days_on_period()',
  'drop function if exists ledger_region_payment_days_on_arrear()',
  'drop function if exists ledger_region_payment_days_on_payment()',
];

export class Migration20261202133702_region_payment_days extends Migration {
  override name = 'Migration20261202133702_region_payment_days';

  override up(): void | Promise<void> {
    this.addSql(
      `create table "ledger_region_payment_days" ("region_code" varchar(20) not null, "half" date not null, "days" int not null, "payments" int not null default 0, "paid" numeric(18,2) not null default '0', "late_payments" int not null default 0, "late_paid" numeric(18,2) not null default '0', "disputed_payments" int not null default 0, primary key ("region_code", "half", "days"));`,
    );
    for (const sql of SQL) this.addSql(sql);
  }

  override down(): void | Promise<void> {
    for (const sql of DROP_SQL) this.addSql(sql);
    this.addSql(`drop table if exists "ledger_region_payment_days" cascade;`);
  }
}
