// The province data set of the benchmark, written with set-based SQL (generate_series) straight
// into a throw-away hub's databases: debtor units and creditor enterprises in the registry, ledger
// lines with their payments, budget lines, supervision cases and inspections. Never through the
// API (a million registrations would take hours) but within the ledger's rules: every check
// constraint holds (0 ≤ paid ≤ amount due, wages within the amount, a disputed part within it), a
// line's paid equals its payments where it has any, statuses are ones the workflow reaches, and the
// rollup is kept by the same triggers as every other write (statement-level: one grouped upsert per
// 50,000 lines), then checked against a computation afresh (ledger_rollup_differences()).
import pg from 'pg';
// The registry computes a unit's search text and sort key in JavaScript when it writes a unit
// (pinyin); the generated units get theirs from the same functions.
import {
  unitSearchText,
  unitSortKey,
} from '../../subgraphs/organisations/src/organisation/name-search.ts';

export interface Databases {
  organisations: string;
  arrears: string;
  finance: string;
  supervision: string;
}

export interface Registry {
  debtors: number;
  creditors: number;
}

async function withClient<T>(url: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The region the figures are for: 达拉特旗, with its townships below it. */
export const PROVINCE_REGION = '150621';

/** The generated units' names (as the SQL below writes them), search texts and sort keys. */
function nameColumns(size: Registry): [string[], string[], string[]] {
  const names = [
    ...Array.from({ length: size.debtors }, (_, g) => `基准单位${String(g).padStart(5, '0')}`),
    ...Array.from({ length: size.creditors }, (_, g) => `基准企业${String(g).padStart(6, '0')}`),
  ];
  return [
    names,
    names.map((name) => unitSearchText({ name })),
    names.map((name) => unitSortKey({ name })),
  ];
}

/**
 * `debtors` units (three in four in 150621's subtree: agencies, institutions, townships, state
 * enterprises) and `creditors` private enterprises (55 % in 150621's subtree), spread over the
 * demo regions; then the ids and places of the debtors, and the creditor ids, copied into the
 * arrears database (tables bench_debtor, bench_creditor) for the ledger's generator.
 */
export async function generateRegistry(db: Databases, size: Registry): Promise<void> {
  const inside = `path like '/150000/150600/${PROVINCE_REGION}/%'`;
  await withClient(db.organisations, (c) =>
    c.query(
      `with inner_regions as (select code, row_number() over (order by code) - 1 as n, count(*) over () as total from region where ${inside}),
            outer_regions as (select code, row_number() over (order by code) - 1 as n, count(*) over () as total from region where not (${inside}) and path like '/%/%/%/')
       insert into organisation (id, name, kind, region_code, ownership, status, size_class, version, created_at, updated_at, search_text, sort_key)
       select gen_random_uuid(), u.name, u.kind, coalesce(i.code, o.code), u.ownership, 'ACTIVE', u.size_class, 1, now(), now(), n.search_text, n.sort_key
         from (
           select g, '基准单位' || lpad(g::text, 5, '0') as name,
                  (array['GOVERNMENT_DEPARTMENT', 'PUBLIC_INSTITUTION', 'TOWN_GOVERNMENT', 'STATE_OWNED_ENTERPRISE'])[1 + g % 4] as kind,
                  case when g % 4 = 3 then 'STATE_OWNED' else 'PUBLIC_SECTOR' end as ownership, null as size_class,
                  g % 4 <> 1 as inner_region
             from generate_series(0, $1::int - 1) g
           union all
           select g, '基准企业' || lpad(g::text, 6, '0'), 'PRIVATE_ENTERPRISE', 'PRIVATE',
                  (array['MEDIUM', 'SMALL', 'MICRO'])[1 + g % 3], g % 20 < 11
             from generate_series(0, $2::int - 1) g
         ) u
         join unnest($3::text[], $4::text[], $5::text[]) as n(name, search_text, sort_key) on n.name = u.name
         left join inner_regions i on u.inner_region and i.n = u.g % i.total
         left join outer_regions o on not u.inner_region and o.n = u.g % o.total`,
      [size.debtors, size.creditors, ...nameColumns(size)],
    ),
  );
  const debtors = await withClient(db.organisations, (c) =>
    c.query<{ id: string; path: string; kind: string }>(
      `select o.id, r.path, o.kind from organisation o join region r on r.code = o.region_code
        where o.name like '基准单位%' order by o.name`,
    ),
  );
  const creditors = await withClient(db.organisations, (c) =>
    c.query<{ id: string }>(
      `select id from organisation where name like '基准企业%' order by name`,
    ),
  );
  await withClient(db.arrears, async (c) => {
    await c.query(
      `create table if not exists bench_debtor (n int primary key, id uuid not null, path varchar(255) collate "C" not null, kind text not null)`,
    );
    await c.query(
      `create table if not exists bench_creditor (n int primary key, id uuid not null)`,
    );
    await c.query(
      `insert into bench_debtor (n, id, path, kind)
       select t.n - 1, t.id, t.path, t.kind from unnest($1::uuid[], $2::text[], $3::text[]) with ordinality as t(id, path, kind, n)`,
      [
        debtors.rows.map((d) => d.id),
        debtors.rows.map((d) => d.path),
        debtors.rows.map((d) => d.kind),
      ],
    );
    await c.query(
      `insert into bench_creditor (n, id) select t.n - 1, t.id from unnest($1::uuid[]) with ordinality as t(id, n)`,
      [creditors.rows.map((r) => r.id)],
    );
  });
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();
  const ids = debtors.rows.map((d) => d.id);
  // Each debtor: a clearance-fund line and a general line this year, part of them disbursed.
  await withClient(db.finance, (c) =>
    c.query(
      `insert into budget_line (id, unit_id, fiscal_year, purpose, funding_source, appropriated, adjustments, disbursed, version, created_by, created_at)
       select gen_random_uuid(), d.id, $2, p.purpose, 'FISCAL_FUNDS', p.amount, 0, round(p.amount * (d.n % 5) / 10, 2), 1, 'bench', now()
         from unnest($1::uuid[]) with ordinality as d(id, n)
        cross join lateral (values ('CLEARANCE_FUND', (50000 + (d.n * 7919) % 2000000)::numeric(18,2)),
                                   ('GENERAL_EXPENDITURE', (100000 + (d.n * 104729) % 5000000)::numeric(18,2))) as p(purpose, amount)`,
      [ids, year],
    ),
  );
  // One debtor in five has an open case (half of them past the deadline); one in three inspections.
  await withClient(db.supervision, async (c) => {
    await c.query(
      `insert into supervision_case (id, target_unit_id, measure, trigger, description, opened_on, deadline, status, arrear_ids, version, created_by)
       select gen_random_uuid(), d.id, 'SUPERVISION_NOTICE', 'SLOW_PROGRESS', '基准测试督办', current_date - 60,
              current_date + case when d.n % 2 = 0 then -10 else 20 end, 'OPEN', '{}', 1, 'bench'
         from unnest($1::uuid[]) with ordinality as d(id, n) where d.n % 5 = 0`,
      [ids],
    );
    await c.query(
      `insert into inspection (id, unit_id, inspected_on, items, issues_found, inspector_id)
       select gen_random_uuid(), d.id, current_date - (d.n % 300)::int, '{台账}', null, 'bench'
         from unnest($1::uuid[]) with ordinality as d(id, n) where d.n % 3 = 0`,
      [ids],
    );
  });
}

/**
 * Ledger lines number `from` to `to` − 1 (with their payments), in statements of 50,000 lines.
 * Line i: debtor (i·7919 mod debtors; every hundredth line debtor 0, a busy bureau whose first
 * ledger page is full at every size, so that the one-debtor page compares like with like),
 * creditor (i·104729 mod creditors), signed on one of ~1,790
 * days from 2022-01-01, due 40 days later (no due date for one in 13), one of three subjects; by
 * i mod 20 registered (6), verified (4), planned (2), repaying with 30 % paid in one payment (4),
 * cleared in two payments (2), disputed in part (1), in court (1); one in 97 withdrawn.
 */
export async function generateLedger(
  db: Databases,
  from: number,
  to: number,
  log: (line: string) => void = () => undefined,
): Promise<void> {
  const CHUNK = 50_000;
  await withClient(db.arrears, async (c) => {
    const { rows } = await c.query<{ debtors: number; creditors: number }>(
      `select (select count(*) from bench_debtor)::int as debtors, (select count(*) from bench_creditor)::int as creditors`,
    );
    const { debtors, creditors } = rows[0]!;
    for (let lo = from; lo < to; lo += CHUNK) {
      const hi = Math.min(to, lo + CHUNK);
      const started = performance.now();
      await c.query(
        `with line as (
           select g.i, d.id as debtor_id, d.path, d.kind, cr.id as creditor_id,
                  date '2022-01-01' + ((g.i::bigint * 13) % 1790)::int as signed,
                  (array['GOODS', 'WORKS', 'SERVICES'])[1 + g.i % 3] as subject,
                  round((1000 + (g.i::bigint * 7477) % 900000)::numeric + (g.i % 100) / 100.0, 2) as amount,
                  case when g.i % 97 = 0 then 'WITHDRAWN'
                       else (array['REGISTERED', 'REGISTERED', 'REGISTERED', 'REGISTERED', 'REGISTERED', 'REGISTERED',
                                   'VERIFIED', 'VERIFIED', 'VERIFIED', 'VERIFIED', 'PLANNED', 'PLANNED',
                                   'REPAYING', 'REPAYING', 'REPAYING', 'REPAYING', 'CLEARED', 'CLEARED',
                                   'DISPUTED', 'IN_COURT'])[1 + g.i % 20] end as status
             from generate_series($1::int, $2::int - 1) g(i)
             join bench_debtor d on d.n = case when g.i % 100 = 0 then 0 else (g.i::bigint * 7919) % $3 end
             join bench_creditor cr on cr.n = (g.i::bigint * 104729) % $4),
         priced as (
           select l.*,
                  case l.status when 'REPAYING' then round(l.amount * 0.3, 2) when 'CLEARED' then l.amount else 0 end as paid,
                  case when l.subject = 'WORKS' then round(l.amount * 0.1, 2) else 0 end as wages
             from line l),
         inserted as (
           insert into arrear (id, debtor_id, debtor_region_path, creditor_id, debtor_kind, contract_no, contract_signed_on,
                               subject, amount_due, paid, disputed_amount, migrant_wages_amount, migrant_wages_paid,
                               verified_on, verification_evidence, judicial_reference, withdrawn_reason, delivered_on, cause,
                               disputed, in_judicial_process, status, source, registered_by, version, registered_at, updated_at,
                               statutory_due_on, payment_term_basis, has_repayment_plan, payment_term_starts_on,
                               creditor_size_at_signing, creditor_size_source, creditor_size_basis)
           select gen_random_uuid(), p.debtor_id, p.path, p.creditor_id, p.kind, 'BENCH-' || p.i, p.signed,
                  p.subject, p.amount, p.paid, case when p.status = 'DISPUTED' then round(p.amount * 0.2, 2) end, p.wages, least(p.paid, p.wages),
                  case when p.status not in ('REGISTERED', 'WITHDRAWN') then p.signed + 20 end,
                  case when p.status not in ('REGISTERED', 'WITHDRAWN') then '基准测试核实' end,
                  case when p.status = 'IN_COURT' then '（基准）民初' || p.i end,
                  case when p.status = 'WITHDRAWN' then '基准测试撤销' end,
                  p.signed + 10, '资金未到位', p.status = 'DISPUTED', p.status = 'IN_COURT', p.status, 'SELF_INSPECTION', 'bench', 1,
                  timestamptz '2023-01-01 00:00:00+08' + ((p.i::bigint * 61) % 94608000) * interval '1 second', now(),
                  case when p.i % 13 <> 0 then p.signed + 40 end, case when p.i % 13 <> 0 then 'benchmark data: 40 days' end,
                  p.status in ('PLANNED', 'REPAYING'), case when p.i % 13 <> 0 then p.signed + 10 end,
                  'SMALL', 'DECLARED', '基准测试数据：申报为小型企业'
             from priced p
           returning id, contract_no, contract_signed_on, amount_due, paid, migrant_wages_amount, status)
         insert into payment (id, arrear_id, amount, migrant_wages_part, paid_on, method, idempotency_key, recorded_by, recorded_at)
         select gen_random_uuid(), a.id, x.amount, least(x.amount, a.migrant_wages_amount), x.paid_on, 'TRANSFER',
                'bench-' || a.contract_no || '-' || x.k, 'bench', now()
           from inserted a
          cross join lateral (
            select 1 as k, case when a.status = 'CLEARED' then round(a.amount_due / 2, 2) else a.paid end as amount,
                   least(current_date - 1, a.contract_signed_on + 30 + (abs(hashtext(a.contract_no)) % 400)) as paid_on
            union all
            select 2, a.amount_due - round(a.amount_due / 2, 2),
                   least(current_date - 1, a.contract_signed_on + 50 + (abs(hashtext(a.contract_no)) % 400))
             where a.status = 'CLEARED'
          ) x
          where a.status in ('REPAYING', 'CLEARED')`,
        [lo, hi, debtors, creditors],
      );
      log(`    lines ${lo}–${hi - 1} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  });
}

/** What autovacuum would have done by the time a loaded ledger is in use: planner statistics,
 * and the visibility map that lets a count be answered from an index alone. */
export async function analyze(db: Databases): Promise<void> {
  for (const url of Object.values(db)) await withClient(url, (c) => c.query('vacuum analyze'));
}

/** Debtors whose rollup differs from a computation afresh from the ledger (0: in step). */
export async function rollupDifferences(db: Databases): Promise<number> {
  return withClient(db.arrears, async (c) => {
    const { rows } = await c.query<{ n: number }>(
      'select count(*)::int as n from ledger_rollup_differences()',
    );
    return rows[0]!.n;
  });
}

/** The debtor with the most lines (the one-debtor ledger page asks for it). */
export async function busiestDebtor(db: Databases): Promise<string> {
  return withClient(db.arrears, async (c) => {
    const { rows } = await c.query<{ id: string }>(
      'select debtor_id as id from ledger_unit_totals order by lines desc, debtor_id limit 1',
    );
    return rows[0]!.id;
  });
}

export async function lineCount(db: Databases): Promise<number> {
  return withClient(db.arrears, async (c) => {
    const { rows } = await c.query<{ n: number }>('select count(*)::int as n from arrear');
    return rows[0]!.n;
  });
}
