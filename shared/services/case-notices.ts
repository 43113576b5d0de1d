/**
 * The written notices a hall hands to the applicant (行政许可法 Art. 32, 38), as pages printed
 * on one A4 sheet: 受理通知书 (acceptance, with the receipt code), 一次性告知书 (the materials
 * still missing and the date to bring them by), 不予受理通知书 (refusal, with reason and remedy)
 * and 决定书 (the decision; a rejection with reason and remedy). Each carries the hall's name,
 * the case number, the applicant's name (nothing else personal), the item and the dates.
 * Self-contained like the ranking board: no script, no external resource, the same headers.
 */
import type { Case, NoticeKind } from '#domain/cases';
import { businessDate, type IsoDate } from '#domain/time';
import { escapeHtml } from './ranking-board';

export interface NoticeInput {
  kind: NoticeKind;
  hallName: string;
  windowName: string;
  case: Pick<
    Case,
    | 'caseId'
    | 'itemName'
    | 'itemKind'
    | 'status'
    | 'receivedAt'
    | 'acceptedAt'
    | 'dueDate'
    | 'concludedAt'
    | 'reason'
    | 'remedy'
    | 'missingMaterials'
    | 'referral'
    | 'history'
  > & { applicant: { name: string } };
  /** Names of the item's materials, by id. */
  materialName: (id: string) => string;
  /** One-time notice: the last day to bring the materials (the hall's supplement limit). */
  supplementBy?: IsoDate;
  /** Acceptance notice only: the applicant's receipt code. */
  receiptCode?: string;
}

const TITLES: Record<NoticeKind, string> = {
  acceptance: '受理通知书',
  'one-time-notice': '一次性告知书',
  'not-accepted': '不予受理通知书',
  decision: '决定书',
};

/** 2025-09-26 → 2025年9月26日 */
function chineseDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const dateOfInstant = (iso: string) => chineseDate(businessDate(new Date(iso)));

const row = (label: string, value: string) => `<tr><th>${label}</th><td>${escapeHtml(value)}</td></tr>`;
/** A paragraph of markup already escaped. */
const para = (html: string) => `<p>${html}</p>`;

/** The body of each notice (blocks of markup), its table of facts, and the date it is issued on. */
function content(input: NoticeInput): { blocks: string[]; rows: string[]; issued: string } {
  const c = input.case;
  const received = dateOfInstant(c.receivedAt);
  const item = `「${escapeHtml(c.itemName)}」`;
  const base = [row('申请事项', c.itemName), row('受理窗口', input.windowName), row('收件日期', received)];
  const reasons = [row('理由', c.reason ?? ''), row('救济途径', c.remedy ?? '')];
  switch (input.kind) {
    case 'acceptance': {
      const accepted = c.acceptedAt ? dateOfInstant(c.acceptedAt) : received;
      return {
        blocks: [para(`你（单位）于${received}提出的${item}申请，申请材料齐全、符合法定形式，本中心决定予以受理。`)],
        rows: [
          ...base,
          row('受理日期', accepted),
          ...(c.dueDate ? [row('承诺办结日期', chineseDate(c.dueDate))] : []),
          row('查询码', input.receiptCode ?? ''),
        ],
        issued: accepted,
      };
    }
    case 'one-time-notice': {
      const notice = c.history.findLast((h) => h.action === 'second-notice' || h.action === 'intake');
      const materials = c.missingMaterials.map((id) => `<li>${escapeHtml(input.materialName(id))}</li>`).join('');
      return {
        blocks: [
          para(`你（单位）于${received}提出的${item}申请，申请材料不齐全。现一次性告知需要补正的全部材料如下：`),
          `<ol class="materials">${materials}</ol>`,
          para(
            input.supplementBy ? `请于${chineseDate(input.supplementBy)}前补正。逾期未补正的，本申请将予以关闭。` : '请尽快补正上述材料。',
          ),
        ],
        rows: base,
        issued: dateOfInstant(notice?.at ?? c.receivedAt),
      };
    }
    case 'not-accepted': {
      const refused = dateOfInstant(c.concludedAt ?? c.receivedAt);
      return {
        blocks: [para(`你（单位）于${received}提出的${item}申请，经审查，决定不予受理。`)],
        rows: [...base, row('决定日期', refused), ...reasons],
        issued: refused,
      };
    }
    case 'decision': {
      const decided = dateOfInstant(c.concludedAt ?? c.receivedAt);
      const approved = c.status === 'approved';
      const verb = c.itemKind === 'approval' ? '许可' : '办理';
      return {
        blocks: [para(`你（单位）于${received}提出的${item}申请，经审查，决定${approved ? `准予${verb}` : `不予${verb}`}。`)],
        rows: [
          ...base,
          ...(c.referral ? [row('决定机关', c.referral.authority)] : []),
          row('决定日期', decided),
          ...(approved ? [] : reasons),
        ],
        issued: decided,
      };
    }
  }
}

/** The notice as a self-contained HTML page sized for one A4 sheet. */
export function caseNotice(input: NoticeInput): string {
  const title = TITLES[input.kind];
  const { blocks, rows, issued } = content(input);
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(`${input.hallName} ${title}`)}</title>
<style>
@page{size:A4;margin:20mm 18mm}
body{font-family:"WenQuanYi Zen Hei","Noto Sans CJK SC","SimSun","Microsoft YaHei",serif;font-size:12pt;line-height:1.8;color:#000;margin:0}
@media screen{body{max-width:174mm;margin:20mm auto}}
.hall{text-align:center;font-size:14pt;margin:0}
h1{text-align:center;font-size:22pt;letter-spacing:.3em;margin:.4em 0}
.number{text-align:right;margin:0 0 1.2em}
table{border-collapse:collapse;width:100%;margin:1em 0}
th,td{border:1px solid #000;padding:.3em .6em;text-align:left;vertical-align:top}
th{width:8em;font-weight:normal;background:#f2f2f2}
ol.materials{margin:.4em 0 .8em 1.5em}
.sign{text-align:right;margin-top:3em}
</style>
</head>
<body>
<p class="hall">${escapeHtml(input.hallName)}</p>
<h1>${title}</h1>
<p class="number">编号：${escapeHtml(input.case.caseId)}</p>
<p>${escapeHtml(input.case.applicant.name)}：</p>
${blocks.join('\n')}
<table>${rows.join('')}</table>
<div class="sign"><p>${escapeHtml(input.hallName)}</p><p>${issued}</p></div>
</body>
</html>
`;
}
