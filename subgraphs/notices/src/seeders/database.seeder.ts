// Demo notices data on units of the organisations subgraph's demo data, named by their seed keys:
// stableId(key) gives the same id the organisations seeder gave the unit, without reading its
// database. Seeds only an empty database. A seeder runs outside any request (no viewer, no
// jurisdiction filter), so it writes with em.create and typed data.
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { stableId } from '@arrears-hub/subgraph-kit';
import { Notice } from '../notice/notice.entity.js';
import { NoticeStatus } from '../notice/notice.enums.js';

const DEMO: {
  key: string;
  unit: string;
  title: string;
  receivedOn: string;
  status: NoticeStatus;
}[] = [
  {
    key: 'dalad.housing-construction#1',
    unit: 'dalad.housing-construction',
    title: '演示记录一（演示）',
    receivedOn: '2026-03-02',
    status: NoticeStatus.CLOSED,
  },
  {
    key: 'dalad.housing-construction#2',
    unit: 'dalad.housing-construction',
    title: '演示记录二（演示）',
    receivedOn: '2026-05-18',
    status: NoticeStatus.IN_PROGRESS,
  },
  {
    key: 'dalad.education-sports#1',
    unit: 'dalad.education-sports',
    title: '演示记录三（演示）',
    receivedOn: '2026-04-09',
    status: NoticeStatus.RECEIVED,
  },
  {
    key: 'ye.transport#1',
    unit: 'ye.transport',
    title: '演示记录四（演示）',
    receivedOn: '2026-06-01',
    status: NoticeStatus.RECEIVED,
  },
  {
    key: 'chengqu.education-science#1',
    unit: 'chengqu.education-science',
    title: '演示记录五（演示）',
    receivedOn: '2026-02-20',
    status: NoticeStatus.CLOSED,
  },
];

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(Notice, {})) > 0) return;
    for (const d of DEMO) {
      em.create(Notice, {
        id: stableId(`notices#${d.key}`),
        unitId: stableId(d.unit),
        title: d.title,
        receivedOn: d.receivedOn,
        status: d.status,
      });
    }
    await em.flush();
  }
}
