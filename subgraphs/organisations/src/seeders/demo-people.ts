// Invented holders for the seeded posts. The programmes name real officials; the hub never stores
// those names. These are generated from common surnames and given names, deterministically.
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
];
const GIVEN = [
  '建华',
  '志强',
  '晓梅',
  '海燕',
  '国庆',
  '文军',
  '丽娟',
  '振宇',
  '春生',
  '秀英',
  '永刚',
  '红梅',
  '德明',
  '玉兰',
  '立新',
  '桂芳',
  '思远',
  '安宁',
  '景行',
  '若谷',
];

export function demoPersonName(index: number): string {
  return `${SURNAMES[index % SURNAMES.length]}${GIVEN[Math.floor(index / SURNAMES.length) % GIVEN.length]}`;
}
