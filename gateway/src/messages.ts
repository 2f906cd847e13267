// The gateway's messages (see @arrears-hub/protocol, localized-messages.ts): what the edge tells a
// person before (or instead of) any subgraph — tokens, limits, rate, trusted documents, the CSV
// export, the operation log — and graphql-js' own request errors, in Chinese (the default) and
// English.
import { defineMessages, withParams, type Message } from '@arrears-hub/protocol';

/** A page size the query asks for, as limits.ts measures it. */
export interface PageSize {
  field: string;
  size: number;
}

/** What to reduce so a query fits under the limits: its largest pages, its heaviest nested fields. */
export interface Reduce {
  pages: readonly PageSize[];
  nested: readonly string[];
}

/** "请减少 first（现为 500）或去掉 arrearsOwed 等嵌套字段" — what to change, from the measure. */
function reduceZh({ pages, nested }: Reduce): string {
  const big = pages.filter((p) => p.size > 1).slice(0, 3);
  const sizes =
    big.length === 1
      ? `first（现为 ${big[0]!.size}）`
      : big.map((p) => `${p.field} 的 first（现为 ${p.size}）`).join('、');
  const heavy = nested.slice(0, 2).join('、');
  if (sizes && heavy) return `请减少 ${sizes}，或去掉 ${heavy} 等嵌套字段`;
  if (sizes) return `请减少 ${sizes}`;
  if (heavy) return `请去掉 ${heavy} 等嵌套字段`;
  return '请少取一些字段，或把查询拆成几个';
}

function reduceEn({ pages, nested }: Reduce): string {
  const big = pages.filter((p) => p.size > 1).slice(0, 3);
  const sizes =
    big.length === 1
      ? `first (now ${big[0]!.size})`
      : big.map((p) => `first of ${p.field} (now ${p.size})`).join(', ');
  const heavy = nested.slice(0, 2).join(', ');
  if (sizes && heavy) return `reduce ${sizes}, or leave out nested fields such as ${heavy}`;
  if (sizes) return `reduce ${sizes}`;
  if (heavy) return `leave out nested fields such as ${heavy}`;
  return 'ask for fewer fields, or split the query';
}

const count = (n: number) => n.toLocaleString('en');

/** An operation's name in a list; an anonymous one is said so. */
const names = (list: readonly (string | null)[], locale: 'zh' | 'en') =>
  list
    .map((n) => n ?? (locale === 'zh' ? '（无名）' : '(anonymous)'))
    .join(locale === 'zh' ? '、' : ', ');

/** graphql-js' "Did you mean …?" after a message, said in Chinese (none when Armor hid it). */
const didYouMean = (suggestions: readonly string[] | undefined) =>
  suggestions?.length ? `您是否想写：${suggestions.join('、')}？` : '';

/** A message inside a graphql-js message (a scalar's refusal inside a variable's), in `zh`. */
const innerZh = (inner: Message | string) => (typeof inner === 'string' ? inner : inner.zh);

/** Parameters of graphql-js' messages: English is graphql-js' own text, kept as it came. */
interface Original {
  original: string;
  suggestions?: readonly string[];
}

// Task msg-kit-gateway: the gateway's messages
export const gatewayMessages = defineMessages('gateway', {
  // Tokens (auth.ts)
  authorizationForm: {
    zh: 'Authorization 请求头须写成 "Bearer <令牌>"。',
    en: 'The Authorization header must be "Bearer <token>".',
  },
  tokenNoSubject: { zh: '令牌（token）中没有主体（sub）。', en: 'The token has no subject (sub).' },
  tokenNoRole: { zh: '令牌（token）中没有任何角色。', en: 'The token names no role.' },
  tokenUnknownRoles: withParams<{ roles: readonly string[] }>({
    zh: (p) => `令牌（token）中有未知的角色：${p.roles.join('、')}。`,
    en: (p) => `Unknown role(s) in the token: ${p.roles.join(', ')}.`,
  }),
  tokenExpired: {
    zh: '令牌（token）已过期：请重新获取。',
    en: 'The token has expired: get a new one.',
  },
  tokenNotForHub: withParams<{ claim: string }>({
    zh: (p) => `这个令牌（token）不是为本平台签发的（${p.claim}）。`,
    en: (p) => `The token was not issued for this hub (${p.claim}).`,
  }),
  tokenInvalid: {
    zh: '令牌（token）无效（签名错误或格式有误）。',
    en: 'The token is not valid (bad signature or malformed).',
  },

  // The rate limit (rate-limit.ts)
  rateLimited: withParams<{ perMinute: number; retryAfter: number }>({
    zh: (p) => `请求过于频繁：每分钟最多 ${p.perMinute} 次，请 ${p.retryAfter} 秒后再试。`,
    en: (p) =>
      `Too many requests: at most ${p.perMinute} a minute; try again in ${p.retryAfter} s.`,
  }),

  // Trusted documents (trusted-documents.ts)
  unknownDocumentId: withParams<{ id: string }>({
    zh: (p) => `没有编号为 ${p.id} 的登记操作：请用 npm run trusted-documents 登记。`,
    en: (p) =>
      `No registered operation has the id ${p.id}. Register it with npm run trusted-documents.`,
  }),
  registeredOnly: withParams<{ roles: readonly string[] }>({
    zh: (p) => `您的角色（${p.roles.join('、')}）只能执行已登记的操作：请发送 documentId。`,
    en: (p) =>
      `Your role (${p.roles.join(', ')}) may only run registered operations: send a documentId.`,
  }),

  // The limits (limits.ts)
  costExceeded: withParams<{ cost: number; max: number; reduce: Reduce }>({
    zh: (p) => `查询成本 ${p.cost} 超过上限 ${p.max}：${reduceZh(p.reduce)}。`,
    en: (p) => `Cost limit of ${p.max} exceeded, found ${p.cost}: ${reduceEn(p.reduce)}.`,
  }),
  valuesExceeded: withParams<{ values: number; max: number; reduce: Reduce }>({
    zh: (p) =>
      `这个查询可能返回约 ${count(p.values)} 个值（行数 × 字段），上限为 ${count(p.max)}：${reduceZh(p.reduce)}。`,
    en: (p) =>
      `This query could return about ${count(p.values)} values or more (rows × fields); the limit is ${count(p.max)}: ${reduceEn(p.reduce)}.`,
  }),
  tooManyTokens: withParams<{ max: number }>({
    zh: (p) => `查询的词法单元超过 ${p.max} 个：请拆分查询或少取一些字段。`,
    en: (p) => `The query has more than ${p.max} tokens, the limit: split it or ask for less.`,
  }),
  depthExceeded: withParams<{ max: number; found: number }>({
    zh: (p) => `查询嵌套 ${p.found} 层，超过上限 ${p.max} 层：请减少嵌套的层级。`,
    en: (p) => `Query depth limit of ${p.max} exceeded, found ${p.found}: nest fewer levels.`,
  }),
  aliasesExceeded: withParams<{ max: number; found: number }>({
    zh: (p) => `查询用了 ${p.found} 个别名，超过上限 ${p.max} 个：请减少别名，或把查询拆成几个。`,
    en: (p) =>
      `Aliases limit of ${p.max} exceeded, found ${p.found}: use fewer aliases, or split the query.`,
  }),
  directivesExceeded: withParams<{ max: number; found: number }>({
    zh: (p) => `查询用了 ${p.found} 个指令，超过上限 ${p.max} 个：请减少指令。`,
    en: (p) => `Directives limit of ${p.max} exceeded, found ${p.found}: use fewer directives.`,
  }),
  unknownOperationName: withParams<{ name: string; names: readonly (string | null)[] }>({
    zh: (p) =>
      `文档中没有名为“${p.name}”的操作（现有：${names(p.names, 'zh')}）：请把 operationName 改为其中之一。`,
    en: (p) =>
      `Unknown operation named "${p.name}" (the document has ${names(p.names, 'en')}): set operationName to one of them.`,
  }),
  operationNameNeeded: withParams<{ names: readonly (string | null)[] }>({
    zh: (p) =>
      `文档中有 ${p.names.length} 个操作（${names(p.names, 'zh')}）：请用 operationName 指明要执行哪一个。`,
    en: (p) =>
      `The document has ${p.names.length} operations (${names(p.names, 'en')}): say which one to run with operationName.`,
  }),
  noSubscriptions: {
    zh: '本服务不支持订阅（subscription）：请改用查询（query）按需获取。',
    en: 'Subscriptions are not supported: run a query when you need the data.',
  },

  // The operation log (operation-log.ts, gateway.ts' /operation-log)
  operationLogUnavailable: {
    zh: '操作日志暂时无法写入，为保证每次修改都有记录，本次修改未执行：请稍后重试。',
    en: 'The operation log cannot be written, and every change must be recorded: the mutation was not run. Try again later.',
  },
  operationLogReaders: {
    zh: '操作日志只供监督检查（INSPECTOR）和系统管理员（ADMIN）查看。',
    en: 'The operation log is for INSPECTOR and ADMIN.',
  },
  operationLogNotConfigured: {
    zh: '操作日志未配置（HUB_GATEWAY_DATABASE_URL）。',
    en: 'The operation log is not configured (HUB_GATEWAY_DATABASE_URL).',
  },

  // The CSV export (export/export-csv.route.ts)
  exportVariablesNotJson: {
    zh: 'variables 参数不是有效的 JSON。',
    en: 'The variables parameter is not JSON.',
  },
  exportUseGetOrPost: { zh: '请使用 GET 或 POST 请求。', en: 'Use GET or POST.' },
  exportTooLarge: withParams<{ max: number }>({
    zh: (p) => `请求超过 ${p.max} 字节。`,
    en: (p) => `The request is larger than ${p.max} bytes.`,
  }),
  exportBodyNotJson: {
    zh: '请求体须为 JSON：{"query" 或 "documentId" 或 "operation", "variables"}。',
    en: 'The body must be JSON: {"query" or "documentId" or "operation", "variables"}.',
  },
  exportNoSuchOperation: withParams<{ name: string }>({
    zh: (p) => `文档中没有名为 ${p.name} 的操作。`,
    en: (p) => `The document has no operation ${p.name}.`,
  }),
  exportNoOperation: { zh: '文档中没有任何操作。', en: 'The document has no operation.' },
  exportQueriesOnly: {
    zh: 'CSV 导出只执行查询（query），不执行修改。',
    en: 'CSV export runs queries only.',
  },
  exportUnknownOperation: withParams<{ name: string; registered: readonly string[] }>({
    zh: (p) => `没有名为 ${p.name} 的登记操作。已登记的有：${p.registered.join('、')}。`,
    en: (p) =>
      `No registered operation is called ${p.name}. Registered: ${p.registered.join(', ')}.`,
  }),
  exportUnknownDocument: withParams<{ id: string }>({
    zh: (p) => `没有编号为 ${p.id} 的登记操作。`,
    en: (p) => `No registered operation has the id ${p.id}.`,
  }),
  exportSayWhat: {
    zh: '请说明要导出什么：operation=<登记的操作名>、documentId 或 query。',
    en: 'Say what to export: operation=<registered name>, documentId, or query.',
  },
  exportNoData: { zh: '查询没有返回数据。', en: 'No data.' },
  exportNoList: {
    zh: '结果中没有可以列成行的列表：请导出返回列表或连接（connection）的查询。',
    en: 'The result has no list to put in rows: export a query that returns a list or a connection.',
  },

  // The dashboard's routes (dashboard/routes.ts)
  clientModuleNotBuilt: withParams<{ name: string }>({
    zh: (p) => `${p.name} 尚未编译：请运行 npm run build。`,
    en: (p) => `${p.name} is not built: run npm run build.`,
  }),

  // graphql-js' and Apollo's own request errors (request-errors.ts). English is graphql-js' text.
  syntaxError: withParams<Original & { description: string }>({
    zh: (p) => `语法错误：${syntaxZh(p.description)}`,
    en: (p) => p.original,
  }),
  cannotQueryField: withParams<Original & { field: string; type: string }>({
    zh: (p) => `类型 ${p.type} 上没有可查询的字段“${p.field}”。${didYouMean(p.suggestions)}`,
    en: (p) => p.original,
  }),
  unknownArgument: withParams<Original & { argument: string; on: string; directive: boolean }>({
    zh: (p) =>
      `${p.directive ? '指令' : '字段'} ${p.on} 没有参数“${p.argument}”。${didYouMean(p.suggestions)}`,
    en: (p) => p.original,
  }),
  requiredArgument: withParams<Original & { field: string; argument: string; type: string }>({
    zh: (p) => `字段“${p.field}”缺少必填参数“${p.argument}”（类型 ${p.type}）。`,
    en: (p) => p.original,
  }),
  requiredField: withParams<Original & { field: string; type: string }>({
    zh: (p) => `缺少必填字段“${p.field}”（类型 ${p.type}）。`,
    en: (p) => p.original,
  }),
  unknownInputField: withParams<Original & { field: string; type: string }>({
    zh: (p) => `类型 ${p.type} 没有字段“${p.field}”。${didYouMean(p.suggestions)}`,
    en: (p) => p.original,
  }),
  expectedValue: withParams<Original & { type: string; found: string; inner?: Message | string }>({
    zh: (p) =>
      `此处应为 ${p.type} 类型的值，实际写的是 ${p.found}${p.inner ? `：${innerZh(p.inner)}` : '。'}`,
    en: (p) => p.original,
  }),
  expectedType: withParams<Original & { type: string; inner?: Message | string }>({
    zh: (p) => `应为 ${p.type} 类型的值${p.inner ? `：${innerZh(p.inner)}` : '。'}`,
    en: (p) => p.original,
  }),
  expectedObject: withParams<Original & { type: string }>({
    zh: (p) => `应为 ${p.type} 类型的对象。`,
    en: (p) => p.original,
  }),
  notNull: withParams<Original & { type: string }>({
    zh: (p) => `此项（类型 ${p.type}）不能为 null。`,
    en: (p) => p.original,
  }),
  scalarCannotRepresent: withParams<Original & { type: string; value: string }>({
    zh: (p) => `${p.value} 不是有效的 ${p.type} 值。`,
    en: (p) => p.original,
  }),
  notInEnum: withParams<Original & { value: string; type: string }>({
    zh: (p) => `${p.value} 不是 ${p.type} 的取值之一。${didYouMean(p.suggestions)}`,
    en: (p) => p.original,
  }),
  invalidVariable: withParams<
    Original & { variable: string; at?: string; inner: Message | string }
  >({
    zh: (p) => `变量 $${p.variable} 的值无效${p.at ? `（${p.at}）` : ''}：${innerZh(p.inner)}`,
    en: (p) => p.original,
  }),
  variableNotProvided: withParams<Original & { variable: string; type: string }>({
    zh: (p) => `缺少必填变量 $${p.variable}（类型 ${p.type}）。`,
    en: (p) => p.original,
  }),
  variableNull: withParams<Original & { variable: string; type: string }>({
    zh: (p) => `变量 $${p.variable}（类型 ${p.type}）不能为 null。`,
    en: (p) => p.original,
  }),
  variableNotDefined: withParams<Original & { variable: string }>({
    zh: (p) => `变量 $${p.variable} 没有在操作中声明。`,
    en: (p) => p.original,
  }),
  variableNotUsed: withParams<Original & { variable: string }>({
    zh: (p) => `变量 $${p.variable} 已声明，但没有用到。`,
    en: (p) => p.original,
  }),
  variableWrongType: withParams<Original & { variable: string; type: string; expected: string }>({
    zh: (p) => `变量 $${p.variable} 的类型是 ${p.type}，此处需要 ${p.expected}。`,
    en: (p) => p.original,
  }),
  unknownType: withParams<Original & { type: string }>({
    zh: (p) => `没有名为“${p.type}”的类型。${didYouMean(p.suggestions)}`,
    en: (p) => p.original,
  }),
  unknownFragment: withParams<Original & { fragment: string }>({
    zh: (p) => `没有名为“${p.fragment}”的片段（fragment）。`,
    en: (p) => p.original,
  }),
  noSubfields: withParams<Original & { field: string; type: string }>({
    zh: (p) => `字段“${p.field}”的类型 ${p.type} 没有子字段，不能再选择字段。`,
    en: (p) => p.original,
  }),
  needsSubfields: withParams<Original & { field: string; type: string }>({
    zh: (p) => `字段“${p.field}”的类型是 ${p.type}：请选择其中的子字段，例如 ${p.field} { … }。`,
    en: (p) => p.original,
  }),
  introspectionOff: withParams<Original>({
    zh: () => '本服务不允许内省查询（introspection）：查询中含有 __schema 或 __type。',
    en: (p) => p.original,
  }),
  emptyQuery: withParams<Original>({
    zh: () => '请求中没有查询：须含非空的 query（或 persistedQuery 扩展）。',
    en: (p) => p.original,
  }),
});

/** graphql-js' syntax error descriptions ("Expected Name, found <EOF>."), in Chinese. */
function syntaxZh(description: string): string {
  let m = /^Expected (.+), found (.+)\.$/s.exec(description);
  if (m) return `此处应为 ${m[1]}，实际为 ${m[2]}。`;
  m = /^Unexpected (.+)\.$/s.exec(description);
  if (m) return `此处不应出现 ${m[1]}。`;
  if (description === 'Unterminated string.') return '字符串缺少结束的引号。';
  m = /^Cannot parse the unexpected character (.+)\.$/s.exec(description);
  if (m) return `无法解析字符 ${m[1]}。`;
  m = /^Invalid number, (.+)\.$/s.exec(description);
  if (m) return `数字写法有误（${m[1]}）。`;
  return description;
}
