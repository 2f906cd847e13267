// The levels of the region tree, registered once for GraphQL. Values are stored as text.
import { registerEnumType } from 'type-graphql';

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
registerEnumType(RegionLevel, {
  name: 'RegionLevel',
  valuesConfig: {
    PROVINCE: { description: '省 / 自治区' },
    CITY: { description: '市 / 盟' },
    COUNTY: { description: '县' },
    BANNER: { description: '旗' },
    DISTRICT: { description: '市辖区' },
    TOWN: { description: '镇' },
    SUMU: { description: '苏木' },
    TOWNSHIP: { description: '乡' },
    SUBDISTRICT: { description: '街道' },
    DEVELOPMENT_ZONE: { description: '开发区 / 园区' },
    SCENIC_AREA: { description: '风景名胜区 (managed like a county-level area)' },
  },
});
