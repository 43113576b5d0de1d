import { defineTemplate } from '../notification-template';

/** 一次性告知: every missing material at once (and again on a second notice). Essential. */
export default defineTemplate(
  'case-awaiting-materials',
  '{hallName}：补正材料告知',
  '【{hallName}】您申请的{itemName}（办件号{caseId}）尚缺以下材料：{materials}。请备齐后到窗口补交，补齐之日起开始计算办理时限。',
);
