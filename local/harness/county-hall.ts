/**
 * A realistic county hall and one month of its work, driven over HTTP as the hall's staff and
 * citizens would drive it (`npm run demo`): 20 windows with A and B posts, 60 service items,
 * September 2025 day by day on a movable clock — about 3,000 cases whose deadlines run across
 * National Day (1–8 October), the decisions that follow into October, ratings (about 3 % bad,
 * each a rectification ticket routed to its window), a dozen complaints, the scoring
 * department's entries — then the month-end job and its ranking.
 *
 * Deterministic: one seeded random sequence, so every run ranks the same windows.
 */
import { addWorkingDays, buildCalendar, isWorkingDay } from '#domain/calendar';
import { packageSchedules } from '#domain/national-schedules';
import { addDays, compareDates, type IsoDate } from '#domain/time';
import type { SettableClock } from '../clock';
import type { Harness, ReplyOf } from './runtime';

export const COUNTY_HALL = 'lianshui';
export const DEMO_MONTH = '2025-09';
/** After September's entry deadline (3 October, moved past the holiday to 9 October): the month is final. */
export const DEMO_NOW = '2025-10-20T10:00:00+08:00';
const LAST_WORKING_DAY_SIMULATED = '2025-10-17';

const DEPARTMENTS = {
  approval: '行政审批局',
  market: '市场监督管理局',
  tax: '税务局',
  hrss: '人力资源和社会保障局',
  medical: '医疗保障局',
  fund: '住房公积金管理中心',
  land: '自然资源和规划局',
  police: '公安局',
  transport: '交通运输局',
  housing: '住房和城乡建设局',
  civil: '民政局',
  health: '卫生健康委员会',
} as const;
type DepartmentId = keyof typeof DEPARTMENTS;

type ItemSpec = readonly [name: string, kind: 'approval' | 'service', promisedDays: number, legalDays: number];
interface WindowSpec {
  name: string;
  department: DepartmentId;
  /** Share of the hall's cases. */
  volume: number;
  /** 0–1: how well the window works (overdue cases, bad ratings, complaints). */
  quality: number;
  items: readonly [ItemSpec, ItemSpec, ItemSpec];
}

const WINDOWS: WindowSpec[] = [
  {
    name: '市场准入窗口一',
    department: 'market',
    volume: 9,
    quality: 0.9,
    items: [
      ['个体工商户设立登记', 'service', 1, 3],
      ['有限责任公司设立登记', 'service', 3, 15],
      ['企业变更登记', 'service', 2, 15],
    ],
  },
  {
    name: '市场准入窗口二',
    department: 'market',
    volume: 7,
    quality: 0.7,
    items: [
      ['企业注销登记', 'service', 3, 20],
      ['营业执照补领', 'service', 1, 5],
      ['农民专业合作社设立登记', 'service', 3, 15],
    ],
  },
  {
    name: '食品药品窗口',
    department: 'market',
    volume: 4,
    quality: 0.8,
    items: [
      ['食品经营许可', 'approval', 5, 20],
      ['药品零售企业许可', 'approval', 10, 30],
      ['小餐饮登记', 'service', 3, 10],
    ],
  },
  {
    name: '税务综合窗口',
    department: 'tax',
    volume: 8,
    quality: 0.95,
    items: [
      ['税务登记信息确认', 'service', 1, 5],
      ['增值税一般纳税人登记', 'service', 1, 10],
      ['个人所得税汇算清缴', 'service', 2, 10],
    ],
  },
  {
    name: '发票办理窗口',
    department: 'tax',
    volume: 8,
    quality: 0.85,
    items: [
      ['发票领用', 'service', 1, 5],
      ['代开增值税发票', 'service', 1, 5],
      ['税收完税证明开具', 'service', 1, 5],
    ],
  },
  {
    name: '社会保险窗口',
    department: 'hrss',
    volume: 7,
    quality: 0.6,
    items: [
      ['城乡居民养老保险参保登记', 'service', 1, 5],
      ['养老保险待遇申领', 'service', 5, 20],
      ['社会保险关系转移', 'service', 5, 15],
    ],
  },
  {
    name: '就业创业窗口',
    department: 'hrss',
    volume: 4,
    quality: 0.9,
    items: [
      ['失业登记', 'service', 1, 5],
      ['就业创业证申领', 'service', 3, 10],
      ['创业担保贷款申请', 'approval', 10, 20],
    ],
  },
  {
    name: '医疗保障窗口',
    department: 'medical',
    volume: 7,
    quality: 0.75,
    items: [
      ['医保参保登记', 'service', 1, 5],
      ['异地就医备案', 'service', 1, 5],
      ['门诊慢特病待遇认定', 'approval', 10, 20],
    ],
  },
  {
    name: '住房公积金窗口',
    department: 'fund',
    volume: 6,
    quality: 0.97,
    items: [
      ['公积金提取', 'service', 1, 5],
      ['公积金贷款申请', 'approval', 10, 15],
      ['公积金缴存登记', 'service', 1, 5],
    ],
  },
  {
    name: '不动产登记窗口一',
    department: 'land',
    volume: 6,
    quality: 0.5,
    items: [
      ['不动产首次登记', 'approval', 10, 30],
      ['不动产转移登记', 'approval', 5, 30],
      ['抵押权登记', 'approval', 3, 10],
    ],
  },
  {
    name: '不动产登记窗口二',
    department: 'land',
    volume: 5,
    quality: 0.8,
    items: [
      ['不动产变更登记', 'approval', 5, 20],
      ['不动产权证书补换发', 'service', 5, 10],
      ['不动产登记资料查询', 'service', 1, 3],
    ],
  },
  {
    name: '规划许可窗口',
    department: 'land',
    volume: 2,
    quality: 0.85,
    items: [
      ['建设用地规划许可', 'approval', 15, 20],
      ['建设工程规划许可', 'approval', 15, 20],
      ['乡村建设规划许可', 'approval', 10, 20],
    ],
  },
  {
    name: '户政窗口',
    department: 'police',
    volume: 7,
    quality: 0.9,
    items: [
      ['户口迁移', 'service', 3, 10],
      ['居民身份证申领', 'service', 1, 5],
      ['户籍证明开具', 'service', 1, 3],
    ],
  },
  {
    name: '出入境窗口',
    department: 'police',
    volume: 4,
    quality: 0.92,
    items: [
      ['出入境证件申领', 'approval', 7, 15],
      ['往来港澳通行证签注', 'service', 5, 10],
      ['护照补发', 'approval', 7, 15],
    ],
  },
  {
    name: '交通运输窗口',
    department: 'transport',
    volume: 2,
    quality: 0.65,
    items: [
      ['道路运输经营许可', 'approval', 10, 20],
      ['道路运输从业资格证', 'service', 5, 10],
      ['出租汽车驾驶员证', 'service', 5, 10],
    ],
  },
  {
    name: '工程建设窗口',
    department: 'housing',
    volume: 2,
    quality: 0.7,
    items: [
      ['建筑工程施工许可', 'approval', 5, 15],
      ['建设工程竣工验收备案', 'service', 5, 15],
      ['建筑业企业资质', 'approval', 15, 20],
    ],
  },
  {
    name: '房产交易窗口',
    department: 'housing',
    volume: 4,
    quality: 0.88,
    items: [
      ['商品房预售许可', 'approval', 10, 20],
      ['房屋交易合同备案', 'service', 1, 5],
      ['存量房交易资金监管', 'service', 3, 10],
    ],
  },
  {
    name: '婚姻登记窗口',
    department: 'civil',
    volume: 3,
    quality: 0.99,
    items: [
      ['结婚登记', 'service', 1, 1],
      ['离婚登记', 'service', 1, 30],
      ['社会团体成立登记', 'approval', 15, 60],
    ],
  },
  {
    name: '卫生健康窗口',
    department: 'health',
    volume: 2,
    quality: 0.8,
    items: [
      ['医师执业注册', 'approval', 10, 20],
      ['公共场所卫生许可', 'approval', 10, 20],
      ['出生医学证明补发', 'service', 5, 10],
    ],
  },
  {
    name: '综合受理窗口',
    department: 'approval',
    volume: 3,
    quality: 0.93,
    items: [
      ['一件事：开办餐饮店', 'approval', 5, 20],
      ['一件事：新生儿出生', 'service', 3, 10],
      ['证明事项告知承诺', 'service', 1, 5],
    ],
  },
];

const SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = '伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志强海燕春梅红梅晓东晓明文博子涵浩然思远雨萱梓轩欣怡';

/** mulberry32: a small seeded generator, so the month is the same every run. */
function randomSequence(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (from: number, to: number) => from + Math.floor(next() * (to - from + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)]!;
  const weighted = <T>(list: readonly T[], weight: (t: T) => number): T => {
    let r = next() * list.reduce((sum, t) => sum + weight(t), 0);
    for (const t of list) if ((r -= weight(t)) < 0) return t;
    return list[list.length - 1]!;
  };
  const person = () => `${pick([...SURNAMES])}${pick([...GIVEN])}${next() < 0.6 ? pick([...GIVEN]) : ''}`;
  return { next, int, pick, weighted, person };
}
type Random = ReturnType<typeof randomSequence>;

/** Runs `work` over `items`, `width` at a time. */
async function inParallel<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

const windowId = (i: number) => `w${String(i + 1).padStart(2, '0')}`;
const itemId = (w: number, i: number) => `i${String(w * 3 + i + 1).padStart(2, '0')}`;

export interface CountyHall {
  hallId: string;
  windowNames: Map<string, string>;
  tokens: { agency: string; admin: string; supervisor: string; scoring: string; staff: Map<string, string> };
}

async function ok(reply: Promise<{ status: number; text: string }>, what: string): Promise<void> {
  const { status, text } = await reply;
  if (status >= 300) throw new Error(`${what}: ${status} ${text.slice(0, 300)}`);
}

/** The hall, its departments, windows (A post, also chief representative; B post), staff and items. */
export async function setUpCountyHall(t: Harness, random: Random = randomSequence(2025)): Promise<CountyHall> {
  const hallId = COUNTY_HALL;
  const token = (sub: string, roles: string[]) => t.token({ sub, roles, hallId });
  const tokens = {
    agency: await t.token({ sub: 'agency-1', roles: ['agency-admin'] }),
    admin: await token('admin-1', ['hall-admin']),
    supervisor: await token('sup-1', ['supervisor']),
    scoring: await token('score-1', ['scoring-dept']),
    staff: new Map<string, string>(),
  };
  const admin = tokens.admin;
  await ok(t.call('PUT /v1/halls/{hallId}', { params: { hallId }, token: tokens.agency, body: { name: '涟水县政务服务中心' } }), 'hall');
  await inParallel(Object.entries(DEPARTMENTS), 6, ([departmentId, name]) =>
    ok(
      t.call('PUT /v1/halls/{hallId}/departments/{departmentId}', { params: { hallId, departmentId }, token: admin, body: { name } }),
      departmentId,
    ),
  );
  // Drawn before the parallel part, so the names do not depend on which reply comes first.
  const people = WINDOWS.map(() => ({ leader: random.person(), head: random.person(), A: random.person(), B: random.person() }));
  const windowNames = new Map(WINDOWS.map((spec, w) => [windowId(w), spec.name]));
  await inParallel([...WINDOWS.entries()], 6, async ([w, spec]) => {
    const id = windowId(w);
    const body = {
      name: spec.name,
      departmentId: spec.department,
      leaderName: people[w]!.leader,
      headName: people[w]!.head,
      openedOn: '2025-01-02',
    };
    await ok(t.call('PUT /v1/halls/{hallId}/windows/{windowId}', { params: { hallId, windowId: id }, token: admin, body }), id);
    for (const post of ['A', 'B'] as const) {
      const staffId = `${id}-${post.toLowerCase()}`;
      const staff = { name: people[w]![post], windowId: id, post, chiefRepresentative: post === 'A', roles: ['window-staff'] };
      await ok(t.call('PUT /v1/halls/{hallId}/staff/{staffId}', { params: { hallId, staffId }, token: admin, body: staff }), staffId);
      tokens.staff.set(staffId, await token(staffId, ['window-staff']));
    }
    await inParallel([...spec.items.entries()], 3, ([i, [name, kind, promised, legal]]) =>
      ok(
        t.call('PUT /v1/halls/{hallId}/items/{itemId}', {
          params: { hallId, itemId: itemId(w, i) },
          token: admin,
          body: {
            name,
            kind,
            departmentId: spec.department,
            windowIds: [id],
            legalLimitDays: legal,
            promisedLimitDays: promised,
            materials: [
              { id: 'application', name: '申请表' },
              { id: 'id-card', name: '身份证明' },
              { id: 'evidence', name: '相关证明材料' },
            ],
          },
        }),
        itemId(w, i),
      ),
    );
  });
  for (const [staffId, name, role] of [
    ['sup-1', '钱督查', 'supervisor'],
    ['score-1', '孙计分', 'scoring-dept'],
  ] as const) {
    await ok(
      t.call('PUT /v1/halls/{hallId}/staff/{staffId}', { params: { hallId, staffId }, token: admin, body: { name, roles: [role] } }),
      staffId,
    );
  }
  // The A post of the social insurance window is on leave for a week: the B post steps in.
  await ok(
    t.call('PUT /v1/halls/{hallId}/staff/{staffId}/leave/{from}', {
      params: { hallId, staffId: 'w06-a', from: '2025-09-15' },
      token: admin,
      body: { to: '2025-09-19' },
    }),
    'leave',
  );
  return { hallId, windowNames, tokens };
}

export interface MonthTally {
  cases: number;
  oneTimeNotices: number;
  concluded: number;
  concludedLate: number;
  stillOpen: number;
  ratings: number;
  badRatings: number;
  complaints: number;
  resolved: number;
  entries: number;
  requests: number;
}

/** What a window does with a complaint or rectification routed to it. */
type Handling = 'still-open' | 'substantiated' | 'called-unfounded' | 'confirmed-unfounded';

/**
 * Everything chance decides about one applicant, drawn in arrival order: the replies come back
 * in any order, the month is the same every run.
 */
interface Applicant {
  window: number;
  item: number;
  name: string;
  phone?: string;
  /** All materials at intake, or one missing (the one-time notice; brought the next working day). */
  complete: boolean;
  /** Concluded after the due date; or forgotten, still open past it at month end. */
  late: boolean;
  forgotten: boolean;
  /** Where in its time limit the case is concluded (0–1). */
  pace: number;
  rejected: boolean;
  /** The rating, if the applicant rates. */
  rating?: RatingLevel;
  /** Of the rectification a bad rating opens. */
  handling: Handling;
}

type RatingLevel = 1 | 2 | 3 | 4 | 5;

function handling(random: Random): Handling {
  const r = random.next();
  return r < 0.15 ? 'still-open' : r < 0.8 ? 'substantiated' : r < 0.9 ? 'called-unfounded' : 'confirmed-unfounded';
}

function applicant(random: Random): Applicant {
  const window = WINDOWS.indexOf(random.weighted(WINDOWS, (spec) => spec.volume));
  const quality = WINDOWS[window]!.quality;
  const late = random.next() < 0.08 * (1 - quality);
  const rates = random.next() < 0.65;
  // Weak windows and late cases earn the bad ratings: about 3 % over the hall.
  const bad = random.next() < 0.003 + 0.15 * (1 - quality) + (late ? 0.25 : 0);
  const level: RatingLevel = bad
    ? random.pick([1, 2, 2] as const)
    : random.weighted([3, 4, 5] as const, (l) => ({ 3: 4, 4: 21, 5: 75 })[l]);
  const phone = random.next() < 0.5 ? `139${String(random.int(0, 99_999_999)).padStart(8, '0')}` : undefined;
  return {
    window,
    item: random.weighted([0, 1, 2], (n) => [6, 3, 1][n]!),
    name: random.person(),
    ...(phone ? { phone } : {}),
    complete: random.next() > 0.06,
    late,
    forgotten: random.next() < 0.02 * (1 - quality),
    pace: random.next(),
    rejected: random.next() < 0.04,
    ...(rates ? { rating: level } : {}),
    handling: handling(random),
  };
}

interface PlannedCase {
  caseId: string;
  code: string;
  who: Applicant;
  /** The working day it is to be concluded (after the simulation: left open). */
  concludeOn: IsoDate;
}

const cal = buildCalendar({ packageYears: packageSchedules(), loadedYears: [], overrides: [] });

function workingDays(from: IsoDate, to: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (isWorkingDay(cal, d)) days.push(d);
  return days;
}

const at = (date: IsoDate, hour: number) => `${date}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** When an accepted case is concluded: within its promised days, or (now and then, at weak windows) after them. */
function conclusionDay(who: Applicant, acceptedOn: IsoDate): IsoDate {
  const [, , promised] = WINDOWS[who.window]!.items[who.item]!;
  const earliest = promised > 3 ? 1 : 0;
  const offset = who.late
    ? promised + 1 + Math.floor(who.pace * 3)
    : who.forgotten
      ? promised + 20
      : earliest + Math.floor(who.pace * (promised - earliest + 1));
  return offset === 0 ? acceptedOn : addWorkingDays(cal, acceptedOn, offset).date;
}

/**
 * September day by day (intake at 09:00, supplements at 10:00, decisions at 15:00, ratings from
 * 16:00, an hour per 55 so the per-address limit of the public rating route is never hit), then
 * the October working days after the holiday for the decisions still due.
 */
export async function simulateMonth(
  t: Harness,
  hall: CountyHall,
  clock: SettableClock,
  { cases: totalCases = 3000, width = 12, random = randomSequence(9) }: { cases?: number; width?: number; random?: Random } = {},
): Promise<MonthTally> {
  const { hallId, tokens } = hall;
  const tally: MonthTally = {
    cases: 0,
    oneTimeNotices: 0,
    concluded: 0,
    concludedLate: 0,
    stillOpen: 0,
    ratings: 0,
    badRatings: 0,
    complaints: 0,
    resolved: 0,
    entries: 0,
    requests: 0,
  };
  const count: Count = (reply, what) => {
    tally.requests++;
    return reply.then((r) => {
      if (r.status >= 300) throw new Error(`${what}: ${r.status} ${r.text.slice(0, 300)}`);
      return r;
    });
  };
  const staffOf = (w: number, date: IsoDate) => {
    const onLeave = windowId(w) === 'w06' && compareDates(date, '2025-09-15') >= 0 && compareDates(date, '2025-09-19') <= 0;
    return tokens.staff.get(`${windowId(w)}-${onLeave ? 'b' : 'a'}`)!;
  };

  const september = workingDays('2025-09-01', '2025-09-30');
  const applicants = Array.from({ length: totalCases }, () => applicant(random));
  const byCase = new Map<string, Applicant>();
  const decisions = new Map<IsoDate, PlannedCase[]>();
  const supplements = new Map<IsoDate, Omit<PlannedCase, 'concludeOn'>[]>();
  const concludedOn = new Map<IsoDate, PlannedCase[]>();
  const add = <T>(map: Map<IsoDate, T[]>, day: IsoDate, value: T) => map.set(day, [...(map.get(day) ?? []), value]);
  const plan = (c: Omit<PlannedCase, 'concludeOn'>, acceptedOn: IsoDate) => {
    const concludeOn = conclusionDay(c.who, acceptedOn);
    add(decisions, concludeOn, { ...c, concludeOn });
  };
  /** In arrival order, whatever order the replies came in. */
  const inArrivalOrder = (list: PlannedCase[]) => [...list].sort((a, b) => applicants.indexOf(a.who) - applicants.indexOf(b.who));

  for (const day of workingDays('2025-09-01', LAST_WORKING_DAY_SIMULATED)) {
    const dayOfMonth = september.indexOf(day);
    if (dayOfMonth >= 0) {
      // Intake: September only, about the same number every working day.
      clock.set(at(day, 9));
      const share = (n: number) => Math.round((n * totalCases) / september.length);
      await inParallel(applicants.slice(share(dayOfMonth), share(dayOfMonth + 1)), width, async (who) => {
        const spec = WINDOWS[who.window]!;
        const reply = await count(
          t.call('POST /v1/halls/{hallId}/cases', {
            params: { hallId },
            token: staffOf(who.window, day),
            body: {
              itemId: itemId(who.window, who.item),
              windowId: windowId(who.window),
              applicant: { name: who.name, ...(who.phone ? { phone: who.phone } : {}) },
              submittedMaterials: who.complete ? ['application', 'id-card', 'evidence'] : ['application', 'id-card'],
            },
          }),
          `intake at ${spec.name}`,
        );
        tally.cases++;
        const { caseId, publicCode: code, status } = reply.body;
        byCase.set(caseId, who);
        if (status === 'accepted') return plan({ caseId, code, who }, day);
        // The one-time notice named the missing material: the applicant brings it the next working day.
        tally.oneTimeNotices++;
        add(supplements, addWorkingDays(cal, day, 1).date, { caseId, code, who });
      });
    }

    clock.set(at(day, 10));
    await inParallel(supplements.get(day) ?? [], width, async (c) => {
      const reply = await count(
        t.call('POST /v1/halls/{hallId}/cases/{caseId}/materials', {
          params: { hallId, caseId: c.caseId },
          token: staffOf(c.who.window, day),
          body: { materials: ['evidence'] },
        }),
        'materials',
      );
      if (reply.body.status === 'accepted') plan(c, day);
    });

    clock.set(at(day, 15));
    const due = inArrivalOrder(decisions.get(day) ?? []);
    await inParallel(due, width, async (c) => {
      await count(
        t.call('POST /v1/halls/{hallId}/cases/{caseId}/decision', {
          params: { hallId, caseId: c.caseId },
          token: staffOf(c.who.window, day),
          body: c.who.rejected
            ? {
                outcome: 'rejected',
                reason: '申请材料不符合法定条件',
                remedy: '可自收到决定之日起六十日内申请行政复议，或者六个月内提起行政诉讼',
              }
            : { outcome: 'approved' },
        }),
        'decision',
      );
      tally.concluded++;
      if (c.who.late || c.who.forgotten) tally.concludedLate++;
    });
    concludedOn.set(day, due);

    // Ratings: about two thirds of applicants rate, the same day.
    const raters = due.filter((c) => c.who.rating !== undefined);
    for (let hour = 16, from = 0; from < raters.length; hour++, from += 55) {
      clock.set(at(day, hour));
      await inParallel(raters.slice(from, from + 55), width, async (c) => {
        const level = c.who.rating!;
        const comment = level <= 2 ? { comment: '等了很久，态度也不好' } : {};
        await count(
          t.call('POST /v1/public/cases/{caseId}/rating', { params: { caseId: c.caseId }, body: { code: c.code, level, ...comment } }),
          'rating',
        );
        tally.ratings++;
        if (level <= 2) tally.badRatings++;
      });
    }
  }
  tally.stillOpen = [...decisions.entries()]
    .filter(([day]) => compareDates(day, LAST_WORKING_DAY_SIMULATED) > 0)
    .reduce((n, [, list]) => n + list.length, 0);

  const complaintHandling = await fileComplaints(t, hall, clock, random, concludedOn, tally, count);
  await t.runtime.settle(); // the outbox and the router have caught up
  await resolve(
    t,
    hall,
    clock,
    (c) => (c.caseId && c.source === 'bad-rating' ? byCase.get(c.caseId)?.handling : complaintHandling.get(c.complaintId)),
    tally,
    count,
  );
  await enterScores(t, hall, clock, tally, count);
  return tally;
}

type Count = <R extends { status: number; text: string }>(reply: Promise<R>, what: string) => Promise<R>;

const COMPLAINT_CATEGORIES = ['服务态度', '办事效率', '政策解释不清', '窗口设施'] as const;

/** A dozen complaints across the month: about a case, about a window, about an item, about nothing routable. */
async function fileComplaints(
  t: Harness,
  hall: CountyHall,
  clock: SettableClock,
  random: Random,
  concludedOn: Map<IsoDate, PlannedCase[]>,
  tally: MonthTally,
  count: Count,
): Promise<Map<string, Handling>> {
  const days = [...concludedOn.keys()].filter((d) => compareDates(d, '2025-09-30') <= 0 && concludedOn.get(d)!.length > 0);
  const weak = WINDOWS.map((spec, w) => ({ w, spec })).filter(({ spec }) => spec.quality < 0.8);
  const handled = new Map<string, Handling>();
  for (let n = 0; n < 12; n++) {
    const day = days[Math.floor(((n + 0.5) * days.length) / 12)]!;
    clock.set(at(day, 11));
    const w = random.pick(weak).w;
    const subject =
      n < 6
        ? { caseId: random.pick(concludedOn.get(day)!).caseId }
        : n < 9
          ? { windowId: windowId(w) }
          : n < 11
            ? { itemId: itemId(w, 0) }
            : {};
    const reply = await count(
      t.call('POST /v1/public/halls/{hallId}/complaints', {
        params: { hallId: hall.hallId },
        body: {
          category: random.pick(COMPLAINT_CATEGORIES),
          description: '窗口让我跑了三趟，每次说法都不一样。',
          contact: `139${String(random.int(0, 99_999_999)).padStart(8, '0')}`,
          ...subject,
        },
      }),
      'complaint',
    );
    handled.set(reply.body.complaintId, handling(random));
    tally.complaints++;
  }
  return handled;
}

type Routed = ReplyOf<'GET /v1/halls/{hallId}/complaints'>['items'][number];

/**
 * The windows answer what was routed to them: most rectifications and complaints are found
 * substantiated and fixed; some are called unfounded (a supervisor confirms some of those);
 * a few are still open when the month is scored.
 */
async function resolve(
  t: Harness,
  hall: CountyHall,
  clock: SettableClock,
  handlingOf: (c: Routed) => Handling | undefined,
  tally: MonthTally,
  count: Count,
) {
  const { hallId, tokens } = hall;
  clock.set(at('2025-09-30', 14));
  const assigned: Routed[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await count(
      t.call('GET /v1/halls/{hallId}/complaints', {
        params: { hallId },
        token: tokens.supervisor,
        query: { status: 'assigned', limit: 200, ...(cursor ? { cursor } : {}) },
      }),
      'complaints',
    );
    assigned.push(...page.body.items);
    if (!(cursor = page.body.nextCursor)) break;
  }
  await inParallel(assigned, 8, async (c) => {
    const handling = handlingOf(c) ?? 'still-open';
    if (handling === 'still-open') return;
    const token = (c.assignee && tokens.staff.get(c.assignee)) || tokens.supervisor;
    const substantiated = handling === 'substantiated';
    await count(
      t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/resolution', {
        params: { hallId, complaintId: c.complaintId },
        token,
        body: { substantiated, resolution: substantiated ? '已回访申请人，向其道歉并整改' : '回访核实：申请人误评' },
      }),
      'resolution',
    );
    tally.resolved++;
    // The window's own finding waits for a supervisor (a supervisor's own finding needs none).
    if (handling === 'confirmed-unfounded' && token !== tokens.supervisor) {
      await count(
        t.call('POST /v1/halls/{hallId}/complaints/{complaintId}/review', {
          params: { hallId, complaintId: c.complaintId },
          token: tokens.supervisor,
          body: { unfounded: true, note: '复核：录音显示服务规范，差评不实' },
        }),
        'review',
      );
    }
  });
}

/** The scoring department's entries for September, before its deadline. */
async function enterScores(t: Harness, hall: CountyHall, clock: SettableClock, tally: MonthTally, count: Count) {
  clock.set(at('2025-09-30', 16));
  const entries = [
    ['w09', 'commendation', 2, '获市级“优质服务窗口”通报表扬'],
    ['w18', 'volunteer', 1, '组织志愿服务活动两次'],
    ['w20', 'one-thing-package', 1.5, '“一件事”集成办理量居全县首位'],
    ['w04', 'online-service', 1, '网上办理率达到95%'],
    ['w10', 'window-construction', -1, '窗口台账不全'],
    ['w15', 'leader-on-duty', -0.5, '分管领导坐班记录缺两次'],
  ] as const;
  for (const [windowId, category, points, reason] of entries) {
    await count(
      t.call('POST /v1/halls/{hallId}/assessments/{month}/entries', {
        params: { hallId: hall.hallId, month: DEMO_MONTH },
        token: hall.tokens.scoring,
        body: { windowId, category, points, reason },
      }),
      'entry',
    );
    tally.entries++;
  }
}

/** The month-end job as the schedule runs it (the fan-out over the bus, one run per hall), after the entry deadline. */
export async function runMonthEnd(
  t: Harness,
  hall: CountyHall,
  clock: SettableClock,
): Promise<ReplyOf<'GET /v1/halls/{hallId}/assessments/{month}'>> {
  clock.set(DEMO_NOW);
  await t.runtime.invoke('month-end-scoring', { month: DEMO_MONTH });
  await t.runtime.settle();
  const reply = await t.call('GET /v1/halls/{hallId}/assessments/{month}', {
    params: { hallId: hall.hallId, month: DEMO_MONTH },
    token: hall.tokens.admin,
  });
  if (reply.status !== 200) throw new Error(`The month was not scored: ${reply.status} ${reply.text}`);
  return reply.body;
}

/** Terminal columns: CJK characters take two. */
const width = (text: string) => [...text].reduce((n, ch) => n + (/[\u2e80-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
const pad = (text: string, columns: number, right = false) => {
  const fill = ' '.repeat(Math.max(0, columns - width(text)));
  return right ? fill + text : text + fill;
};

const DESIGNATION_NAMES: Record<string, string> = { 'top-five': '前五（红旗窗口候选）', 'bottom-five': '后五（取消当月评优资格）' };

/** The month's ranking as a table: rank, window, score, its parts, the figures behind them, designations. */
export function rankingTable(result: ReplyOf<'GET /v1/halls/{hallId}/assessments/{month}'>, windowNames: Map<string, string>): string {
  const header = ['名次', '窗口', '得分', '加分', '扣分', '满意率', '办结', '超期', '差评', '有效投诉', ''];
  const columns = [4, 18, 6, 5, 5, 7, 5, 5, 5, 8, 0];
  const rows = [...result.windows]
    .sort((a, b) => a.rank - b.rank)
    .map((w) => [
      String(w.rank),
      windowNames.get(w.windowId) ?? w.windowId,
      w.total.toFixed(1),
      w.bonus.toFixed(1),
      w.deductions.toFixed(1),
      w.satisfactionRate === null ? '—' : `${(w.satisfactionRate * 100).toFixed(1)}%`,
      String(w.metrics.concluded),
      String(w.metrics.overdueConclusions + w.metrics.openOverdue),
      String(w.metrics.badRatingsLevel1 + w.metrics.badRatingsLevel2),
      String(w.metrics.substantiatedComplaints),
      w.designations.map((d) => DESIGNATION_NAMES[d] ?? d).join(' '),
    ]);
  return [header, ...rows]
    .map((row) =>
      row
        .map((cell, i) => pad(cell, columns[i]!, i !== 1 && i < 10))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
