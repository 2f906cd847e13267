// The leading group's questions, answered across subgraphs through the real gateway.
import { describe, expect, it } from 'vitest';
import { addMoney } from '@arrears-hub/subgraph-kit';
import { data } from './harness/client.ts';

describe('cross-subgraph queries through the gateway', () => {
  it('answers the foundation query: regions with arrears totals, units with region and totals', async () => {
    const result = await data<any>(`{
      regions(parentCode: "150621") { code name arrearsSummary { count outstanding } }
      organisations(first: 5) { edges { node { name kind region { name } arrearsSummary { outstanding } } } }
    }`);
    expect(result.regions.length).toBe(16); // 6 街道, 8 镇, 1 苏木, 1 开发区 of the Dalad programme
    expect(result.regions.map((r: any) => r.name)).toContain('树林召镇');
    const shulinzhao = result.regions.find((r: any) => r.name === '树林召镇');
    expect(shulinzhao.arrearsSummary.count).toBeGreaterThan(0);
    expect(result.organisations.edges).toHaveLength(5);
    for (const { node } of result.organisations.edges) {
      expect(node.region.name).toBeTruthy();
      expect(node.arrearsSummary.outstanding).toMatch(/^\d+\.\d{2}$/);
    }
  });

  it('a region total (through @requires path) equals the sum of its units’ totals', async () => {
    const region = await data<any>(
      `{ region(code: "150621") { unitIds arrearsSummary { count amountDue paid outstanding } } }`,
    );
    const units = await data<any>(
      `query($ids: [ID!]) { organisations(first: 500, filter: { ids: $ids }) { totalCount edges { node { arrearsSummary { count amountDue paid outstanding } } } } }`,
      { ids: region.region.unitIds },
    );
    expect(units.organisations.totalCount).toBe(region.region.unitIds.length);
    const sums = units.organisations.edges.map((e: any) => e.node.arrearsSummary);
    const summary = region.region.arrearsSummary;
    expect(summary.count).toBe(sums.reduce((n: number, s: any) => n + s.count, 0));
    expect(summary.outstanding).toBe(addMoney('0', ...sums.map((s: any) => s.outstanding)));
    expect(summary.amountDue).toBe(addMoney('0', ...sums.map((s: any) => s.amountDue)));
    expect(summary.paid).toBe(addMoney('0', ...sums.map((s: any) => s.paid)));
  });

  it('a ledger line resolves its debtor and creditor from the organisations subgraph', async () => {
    const result = await data<any>(`{
      arrears(first: 50, orderBy: { field: OUTSTANDING, direction: DESC }) {
        edges { node { contractNo amountDue paid outstanding debtor { name kind } creditor { name creditCode size { sizeClass isSme } } } }
      }
    }`);
    const edges = result.arrears.edges;
    expect(edges.length).toBeGreaterThan(10);
    for (const { node } of edges) {
      expect(node.debtor.name).toBeTruthy();
      expect(node.creditor.creditCode).toMatch(/^91\d{6}/);
      expect(addMoney(node.paid, node.outstanding)).toBe(node.amountDue);
    }
    const outstanding = edges.map((e: any) => Number(e.node.outstanding));
    expect(outstanding).toEqual([...outstanding].sort((a, b) => b - a));
  });

  it('leaves debts in court out of the totals and counts them separately', async () => {
    const result = await data<any>(`{
      inCourt: arrears(filter: { inJudicialProcess: true }) { totalCount edges { node { debtor { id } } } }
    }`);
    expect(result.inCourt.totalCount).toBeGreaterThan(0);
    const debtorId = result.inCourt.edges[0].node.debtor.id;
    const unit = await data<any>(
      `query($id: ID!) { organisation(id: $id) { arrearsSummary { inJudicialProcessCount count } arrearsOwed { totalCount } } }`,
      { id: debtorId },
    );
    expect(unit.organisation.arrearsSummary.inJudicialProcessCount).toBeGreaterThan(0);
    expect(unit.organisation.arrearsSummary.count).toBeLessThan(
      unit.organisation.arrearsOwed.totalCount,
    );
  });

  it('shows an enterprise’s claims as creditor', async () => {
    const result =
      await data<any>(`{ organisations(first: 1, filter: { nameContains: "恒泰建筑" }) { edges { node {
      arrearsSummary(as: CREDITOR) { count outstanding } arrearsClaimed(first: 2) { totalCount pageInfo { hasNextPage } edges { node { creditor { name } } } } } } } }`);
    const node = result.organisations.edges[0].node;
    expect(node.arrearsSummary.count).toBeGreaterThan(1);
    expect(node.arrearsClaimed.totalCount).toBeGreaterThanOrEqual(node.arrearsSummary.count);
    expect(node.arrearsClaimed.edges).toHaveLength(2);
    expect(node.arrearsClaimed.edges[0].node.creditor.name).toContain('恒泰建筑');
  });

  it('lists working groups with their posts and current holders (the Dalad programme: 12 groups under the leading group)', async () => {
    const result = await data<any>(
      `{ workingGroups(regionCode: "150621", first: 50) { totalCount edges { node { name kind parentGroup { kind } reportsTo { name } members { role post { title } holder { name } } } } } }`,
    );
    expect(result.workingGroups.totalCount).toBe(13);
    const leading = result.workingGroups.edges.find(
      (e: any) => e.node.kind === 'LEADING_GROUP',
    ).node;
    expect(leading.members.filter((m: any) => m.role === 'LEADER')).toHaveLength(1);
    expect(leading.members.every((m: any) => m.holder?.name)).toBe(true);
    const sector = result.workingGroups.edges.filter(
      (e: any) => e.node.kind === 'SECTOR_CLUE_SCREENING',
    );
    expect(
      sector.every(
        (e: any) =>
          e.node.parentGroup.kind === 'LEADING_GROUP' &&
          e.node.reportsTo.name === '达拉特旗工信和科技局',
      ),
    ).toBe(true);
  });
});
