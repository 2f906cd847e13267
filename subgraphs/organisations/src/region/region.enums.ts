// The levels of the region tree, registered once for GraphQL. Values are stored as text.
import { registerLabelledEnum } from '@arrears-hub/subgraph-kit';

export enum RegionLevel {
  PROVINCE = 'PROVINCE',
  CITY = 'CITY',
  COUNTY = 'COUNTY',
  BANNER = 'BANNER',
  DISTRICT = 'DISTRICT',
  TOWN = 'TOWN',
  SUMU = 'SUMU',
  TOWNSHIP = 'TOWNSHIP',
  SUBDISTRICT = 'SUBDISTRICT',
  DEVELOPMENT_ZONE = 'DEVELOPMENT_ZONE',
  SCENIC_AREA = 'SCENIC_AREA',
}
registerLabelledEnum(RegionLevel, {
  name: 'RegionLevel',
  labels: {
    PROVINCE: { zh: '省 / 自治区' },
    CITY: { zh: '市 / 盟' },
    COUNTY: { zh: '县' },
    BANNER: { zh: '旗' },
    DISTRICT: { zh: '市辖区' },
    TOWN: { zh: '镇' },
    SUMU: { zh: '苏木' },
    TOWNSHIP: { zh: '乡' },
    SUBDISTRICT: { zh: '街道' },
    DEVELOPMENT_ZONE: { zh: '开发区 / 园区' },
    SCENIC_AREA: { zh: '风景名胜区', note: '(managed like a county-level area)' },
  },
});
