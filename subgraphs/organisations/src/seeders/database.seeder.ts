// Demo data: the regions, units, posts and working groups the five local programmes name
// (data/organisations.json; docs/programmes.md), invented enterprises and invented post holders.
// Seeds only an empty database, so restarting `npm start` keeps whatever users changed. It runs
// outside any request, so it creates rows with em.create (typed, like createEntity) and no
// jurisdiction applies.
import type { EntityManager } from '@mikro-orm/core';
import { Seeder } from '@mikro-orm/seeder';
import { stableId } from '@arrears-hub/subgraph-kit';
import {
  defaultOwnership,
  OrganisationKind,
  OrganisationStatus,
} from '../organisation/organisation.enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Person } from '../post/person.entity.js';
import { Post } from '../post/post.entity.js';
import { Tenure } from '../post/tenure.entity.js';
import { Region } from '../region/region.entity.js';
import { classifyEnterpriseSize } from '../rules/enterprise-size.js';
import { ReportingRoute } from '../reporting-route/reporting-route.entity.js';
import { GroupMembership } from '../working-group/group-membership.entity.js';
import {
  MemberRole,
  ReportingTimeOfDay,
  WorkingGroupKind,
} from '../working-group/working-group.enums.js';
import { WorkingGroup } from '../working-group/working-group.entity.js';
import seedFile from './data/organisations.json' with { type: 'json' };
import { demoCreditCode, DEMO_ENTERPRISES } from './demo-enterprises.js';
import { demoPersonName } from './demo-people.js';
import { DEMO_ROUTES } from './demo-routes.js';
import {
  ASSIGNED_CODES,
  assignChildCodes,
  UPPER_REGIONS,
  type DemoRegion,
} from './demo-regions.js';

interface SeedFile {
  regions: {
    code: string | null;
    name: string;
    level: string;
    parentCode: string;
    children: { name: string; level: string; code?: string | null }[];
  }[];
  organisations: {
    key: string;
    name: string;
    shortName?: string;
    writtenAs?: string[];
    kind: string;
    subKind?: string;
    region: string;
    parent?: string;
  }[];
  posts: { key: string; title: string; organisation: string; seat?: number }[];
  workingGroups: {
    key: string;
    name: string;
    shortName?: string;
    kind: string;
    sector?: string | null;
    region: string;
    duties?: string | null;
    parentGroup?: string | null;
    hostedBy?: string | null;
    reportsTo?: string | null;
    reportingDay?: number | null;
    reportingTimeOfDay?: string | null;
    aggregatingOrganisations?: string[];
    memberOrganisations?: { organisation: string; role: string }[];
    members?: { post: string; role: string; titleAsWritten?: string; concurrentPosts?: string[] }[];
  }[];
}
const seed = seedFile as unknown as SeedFile;

/** Colloquial names complaints use for some demo units (教体局 = 教育体育局). */
const DEMO_ALIASES: Record<string, string[]> = {
  'dalad.education-sports': ['旗教体局'],
  'dalad.housing-construction': ['旗住建局'],
  'dalad.industry-it': ['旗工信局'],
};

/** When the demo's people took office: before the 2025 programmes were issued. */
const TENURES_START = '2025-01-01';

export class DatabaseSeeder extends Seeder {
  async run(em: EntityManager): Promise<void> {
    if ((await em.count(Region, {})) > 0) return;
    const regions = this.regions();
    const regionCodeByName = new Map(regions.map((r) => [r.name, r.code]));
    const regionCode = (value: string) =>
      /^\d+$/.test(value) ? value : (regionCodeByName.get(value) ?? ASSIGNED_CODES[value]!);
    const regionRefs = this.seedRegions(em, regions);

    const organisationRefs = new Map<string, Organisation>();
    const unitRef = (key: string) => em.getReference(Organisation, stableId(key));
    seed.organisations.forEach((o, index) => {
      const organisation = em.create(Organisation, {
        id: stableId(o.key),
        name: o.name,
        // The documents' order: units are listed as the programmes list them (name-search.ts).
        displayOrder: index + 1,
        shortName: o.shortName ?? null,
        // The forms the programmes write the unit in, and the colloquial ones clerks use.
        aliases: [...new Set([...(o.writtenAs ?? []), ...(DEMO_ALIASES[o.key] ?? [])])].filter(
          (a) => a !== o.shortName && a !== o.name,
        ),
        kind: o.kind as OrganisationKind,
        subKind: o.subKind ?? null,
        region: regionRefs.get(regionCode(o.region))!,
        parent: o.parent ? unitRef(o.parent) : null,
        ownership: defaultOwnership(o.kind as OrganisationKind),
        status: OrganisationStatus.ACTIVE,
      });
      organisationRefs.set(o.key, organisation);
    });
    DEMO_ENTERPRISES.forEach((e, serial) => {
      const revenue = e.revenueWan === undefined ? null : `${e.revenueWan * 10000}.00`;
      const totalAssets = e.assetsWan === undefined ? null : `${e.assetsWan * 10000}.00`;
      const size = classifyEnterpriseSize({
        industry: e.industry,
        employees: e.employees,
        revenue,
        totalAssets,
      });
      em.create(Organisation, {
        id: stableId(e.key),
        name: e.name,
        kind: e.kind,
        creditCode: demoCreditCode(e.region, serial + 1),
        region: regionRefs.get(e.region)!,
        parent: e.parent ? unitRef(e.parent) : null,
        supervisor: e.supervisor ? unitRef(e.supervisor) : null,
        ownership: defaultOwnership(e.kind),
        industry: e.industry,
        employees: e.employees ?? null,
        revenue,
        totalAssets,
        sizeFactsAsOf: '2024-12-31',
        sizeClass: size.sizeClass,
        sizeBasis: size.basis,
      });
    });

    for (const p of seed.posts) {
      em.create(Post, {
        id: stableId(p.key),
        title: p.title,
        organisation: unitRef(p.organisation),
        seat: p.seat ?? null,
      });
    }
    this.seedHolders(em);

    for (const g of seed.workingGroups) {
      const group = em.create(WorkingGroup, {
        id: stableId(g.key),
        name: g.name,
        shortName: g.shortName ?? null,
        kind: g.kind as WorkingGroupKind,
        sector: g.sector ?? null,
        region: regionRefs.get(regionCode(g.region))!,
        duties: g.duties ?? null,
        parentGroup: g.parentGroup ? em.getReference(WorkingGroup, stableId(g.parentGroup)) : null,
        hostedBy: g.hostedBy ? unitRef(g.hostedBy) : null,
        // reportsTo names a unit, or (for sub-groups) the leading group, which parentGroup already says.
        reportsTo: g.reportsTo && organisationRefs.has(g.reportsTo) ? unitRef(g.reportsTo) : null,
        reportingDay: g.reportingDay ?? null,
        reportingTimeOfDay: g.reportingTimeOfDay === '上午' ? ReportingTimeOfDay.MORNING : null,
      });
      // A sector group whose units report straight to the receiving office (Dalad's 工业 group:
      // 报至旗工信和科技局) has that office as its aggregating unit.
      const aggregating = g.aggregatingOrganisations?.length
        ? g.aggregatingOrganisations
        : g.kind === WorkingGroupKind.SECTOR_CLUE_SCREENING && g.reportsTo && DEMO_ROUTES[g.key]
          ? [g.reportsTo]
          : [];
      for (const key of aggregating) group.aggregatingUnits.add(unitRef(key));
      // A sector group's members are its routes (below); other groups keep the units they name.
      if (!DEMO_ROUTES[g.key])
        for (const member of g.memberOrganisations ?? [])
          group.memberUnits.add(unitRef(member.organisation));
      for (const route of DEMO_ROUTES[g.key] ?? [])
        em.create(ReportingRoute, {
          id: stableId(`route#${route.unit}#${g.key}`),
          unit: unitRef(route.unit),
          group,
          aggregator: unitRef(route.via ?? aggregating[0]!),
          regionCode: regionCode(g.region),
          assignedBy: 'demo-data',
        });
      (g.members ?? []).forEach((m, position) => {
        em.create(GroupMembership, {
          id: stableId(`${g.key}#${m.post}`),
          group,
          post: em.getReference(Post, stableId(m.post)),
          role: m.role as MemberRole,
          titleAsWritten: m.titleAsWritten ?? null,
          position,
        });
      });
    }
    await em.flush();
  }

  private regions(): DemoRegion[] {
    const all: DemoRegion[] = [...UPPER_REGIONS];
    for (const r of seed.regions) {
      const code = r.code ?? ASSIGNED_CODES[r.name]!;
      all.push({
        code,
        name: r.name,
        level: r.level as DemoRegion['level'],
        parentCode: r.parentCode,
        officialCode: !!r.code,
      });
      for (const child of assignChildCodes(code, r.children)) {
        all.push({
          code: child.code,
          name: child.name,
          level: child.level,
          parentCode: code,
          officialCode: child.officialCode,
        });
      }
    }
    return all;
  }

  private seedRegions(em: EntityManager, regions: DemoRegion[]): Map<string, Region> {
    const byCode = new Map<string, Region>();
    for (const r of regions) {
      const parent = r.parentCode ? byCode.get(r.parentCode)! : null;
      const region = em.create(Region, {
        code: r.code,
        name: r.name,
        level: r.level,
        parent,
        path: `${parent ? parent.path : '/'}${r.code}/`,
        officialCode: r.officialCode,
      });
      byCode.set(r.code, region);
    }
    return byCode;
  }

  /** One invented person per post; a person holding concurrent posts (旗长 and 旗委副书记) holds
   * them all. Each is on record with the unit of the post they were first given. */
  private seedHolders(em: EntityManager): void {
    const holderOfPost = new Map<string, Person>();
    const unitOfPost = new Map(seed.posts.map((p) => [p.key, p.organisation]));
    let index = 0;
    const personFor = (postKey: string) => {
      let person = holderOfPost.get(postKey);
      if (!person) {
        person = em.create(Person, {
          id: stableId(`person#${postKey}`),
          name: demoPersonName(index++),
          unit: em.getReference(Organisation, stableId(unitOfPost.get(postKey)!)),
        });
        holderOfPost.set(postKey, person);
      }
      return person;
    };
    for (const g of seed.workingGroups) {
      for (const m of g.members ?? []) {
        const person = personFor(m.post);
        for (const concurrent of m.concurrentPosts ?? [])
          if (!holderOfPost.has(concurrent)) holderOfPost.set(concurrent, person);
      }
    }
    for (const p of seed.posts) {
      em.create(Tenure, {
        id: stableId(`tenure#${p.key}`),
        post: em.getReference(Post, stableId(p.key)),
        person: personFor(p.key),
        startedOn: TENURES_START,
        endedOn: null,
      });
    }
  }
}
