// Operations GraphiQL opens with: the questions each kind of user asks first.
export interface ExampleOperation {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLE_OPERATIONS: ExampleOperation[] = [
  {
    title: '领导小组月度总览 (leading group overview)',
    query: `# Outstanding arrears per township of 达拉特旗, summed where the ledger lives.
query Overview {
  region(code: "150621") {
    name
    arrearsSummary { count amountDue paid outstanding clearanceRate inJudicialProcessCount }
    children { code name arrearsSummary { count outstanding } }
  }
}`,
  },
  {
    title: '单位与台账 (units and their ledgers)',
    query: `query UnitsWithArrears($region: ID!) {
  organisations(first: 20, filter: { regionCode: $region, kinds: [GOVERNMENT_DEPARTMENT, PUBLIC_INSTITUTION, STATE_OWNED_ENTERPRISE, TOWN_GOVERNMENT, DEVELOPMENT_ZONE_COMMITTEE] }) {
    totalCount
    edges {
      node {
        name kind region { name }
        arrearsSummary { count outstanding }
        arrearsOwed(first: 5) { edges { node { contractNo amountDue outstanding status creditor { name size { sizeClass } } } } }
      }
    }
  }
}`,
    variables: { region: '150621' },
  },
  {
    title: '台账查询 (ledger, largest outstanding first)',
    query: `query Ledger {
  arrears(first: 20, filter: { hasOutstanding: true }, orderBy: { field: OUTSTANDING, direction: DESC }) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id contractNo contractSignedOn subject amountDue paid outstanding status disputed debtor { name } creditor { name creditCode } } }
  }
}`,
  },
  {
    title: '领导小组与成员 (working groups)',
    query: `query Groups {
  workingGroups(regionCode: "150621", kinds: [LEADING_GROUP, SECTOR_CLUE_SCREENING], first: 20) {
    edges { node { name kind sector reportingDay reportsTo { name } aggregatingUnits { name } members { role post { title organisation { name } } holder { name } } } }
  }
}`,
  },
  {
    title: '登记一笔欠款 (register an arrear)',
    query: `mutation Register($input: RegisterArrearInput!) {
  registerArrear(input: $input) { id contractNo amountDue outstanding status debtor { name } creditor { name } }
}`,
    variables: {
      input: {
        debtorId: '<an organisation id from the queries above>',
        creditorId: '<an enterprise id>',
        contractNo: 'DEMO-2025-001',
        contractSignedOn: '2025-03-01',
        subject: 'SERVICES',
        amountDue: '120000.00',
        deliveredOn: '2025-04-30',
        cause: '预算未安排',
      },
    },
  },
];
