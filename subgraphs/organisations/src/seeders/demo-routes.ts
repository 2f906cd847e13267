// Which sector group (行业组) each reporting unit of 达拉特旗 goes through (the Dalad programme,
// docs/programmes.md). The programme names most members only as "旗直各部门" or "各苏木镇", so the
// split of departments between groups is the demo's choice, by the department's field; the units
// the programme names are where it puts them (开发区财政金融局 in 工业, 国有资产发展服务中心 in 能源,
// towns and sumu in 农牧林水, subdistricts in 城建, the state-owned enterprises in 国有企业). Where a
// group has several aggregating units (各副组长单位汇总), each unit names the one it submits to;
// otherwise it is the group's only one.
export interface DemoRoute {
  unit: string;
  /** The aggregating unit, when the group has more than one. */
  via?: string;
}

export const DEMO_ROUTES: Record<string, DemoRoute[]> = {
  'dalad.group.industry': [
    { unit: 'dalad.industry-it' },
    { unit: 'dalad.drc' },
    { unit: 'dalad.tech-development' },
    { unit: 'dalad.statistics' },
    { unit: 'dalad.market-regulation' },
    { unit: 'dalad.devzone' },
    { unit: 'dalad.devzone.investment' },
    { unit: 'dalad.devzone.finance' },
  ],
  'dalad.group.energy': [
    { unit: 'dalad.energy' },
    { unit: 'dalad.natural-resources' },
    { unit: 'dalad.state-assets' },
  ],
  'dalad.group.ecology-emergency': [
    { unit: 'dalad.ecology-environment' },
    { unit: 'dalad.emergency' },
    { unit: 'dalad.public-security' },
    { unit: 'dalad.justice' },
  ],
  'dalad.group.agriculture-forestry-water': [
    { unit: 'dalad.agriculture-husbandry', via: 'dalad.agriculture-husbandry' },
    { unit: 'dalad.forestry-grassland', via: 'dalad.forestry-grassland' },
    { unit: 'dalad.water', via: 'dalad.water' },
    ...[
      'shulinzhao',
      'zhandanzhao',
      'wangaizhao',
      'zhaojun',
      'bainijing',
      'engebei',
      'jigesitai',
      'zhonghexi',
      'fengshuiliang',
    ].map((town) => ({ unit: `dalad.town.${town}`, via: 'dalad.agriculture-husbandry' })),
  ],
  'dalad.group.urban-construction': [
    { unit: 'dalad.housing-construction' },
    { unit: 'dalad.transport' },
    { unit: 'dalad.urban-management' },
    { unit: 'dalad.public-utilities' },
    { unit: 'dalad.investment-project-agency' },
    ...['gongye', 'xini', 'xiyuan', 'baita', 'zhaojun', 'pingyuan'].map((s) => ({
      unit: `dalad.subdistrict.${s}`,
    })),
  ],
  'dalad.group.culture-education-health': [
    { unit: 'dalad.education-sports', via: 'dalad.education-sports' },
    { unit: 'dalad.civil-affairs', via: 'dalad.civil-affairs' },
    { unit: 'dalad.hr-social-security', via: 'dalad.hr-social-security' },
    { unit: 'dalad.culture-tourism', via: 'dalad.culture-tourism' },
    { unit: 'dalad.health', via: 'dalad.health' },
    { unit: 'dalad.medical-security', via: 'dalad.medical-security' },
    { unit: 'dalad.veterans', via: 'dalad.civil-affairs' },
    { unit: 'dalad.ethnic-affairs', via: 'dalad.education-sports' },
  ],
  'dalad.group.social-services': [
    { unit: 'dalad.commerce-investment' },
    { unit: 'dalad.finance' },
    { unit: 'dalad.audit' },
    { unit: 'dalad.petitions' },
    { unit: 'dalad.government-services-data' },
    { unit: 'dalad.government-office' },
    { unit: 'dalad.government-affairs-service' },
  ],
  'dalad.group.soe': [
    { unit: 'demo.dalad.urban-investment' },
    { unit: 'demo.dalad.urban-investment.water' },
  ],
};
