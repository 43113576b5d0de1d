import { defineTemplate } from '../notification-template';

/** The result (办结): rejected, with the reason and the remedy (救济途径). Essential. */
export default defineTemplate(
  'case-rejected',
  '{hallName}：办件已办结（不予办理）',
  '【{hallName}】您申请的{itemName}（办件号{caseId}）已办结，结果：不予办理。理由：{reason}。如不服，{remedy}。',
);
