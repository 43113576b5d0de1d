/** The consultation log's use cases (首问负责, 文字咨询): recording an inquiry and the lists. */
import { refused, type ErrorDetail } from '#domain/errors';
import { recordInquiry, type Inquiry, type InquiryInput } from '#domain/inquiries';
import type { StoreDeps } from '#adapters/deps';
import { hallRecords } from '#adapters/hall-records';
import { newSortableId } from '#adapters/ids';
import { inquiryRecords } from '#adapters/inquiry-records';

/** The records an inquiry names, each in the hall (422 UNKNOWN_REFERENCE otherwise). */
async function requireReferences(d: StoreDeps, i: Inquiry): Promise<void> {
  const target = i.referral;
  const [item, window, department] = await Promise.all([
    i.itemId !== undefined ? hallRecords.getItem(d, i.hallId, i.itemId) : true,
    target && 'windowId' in target ? hallRecords.getWindow(d, i.hallId, target.windowId) : true,
    target && 'departmentId' in target ? hallRecords.getDepartment(d, i.hallId, target.departmentId) : true,
  ]);
  const problems: ErrorDetail[] = [
    ...(item ? [] : [{ field: 'itemId', message: 'no such item in this hall' }]),
    ...(window ? [] : [{ field: 'referral.windowId', message: 'no such window in this hall' }]),
    ...(department ? [] : [{ field: 'referral.departmentId', message: 'no such department in this hall' }]),
  ];
  if (problems.length) throw refused('UNKNOWN_REFERENCE', 'The inquiry refers to records that do not exist in this hall', problems);
}

/** Records an inquiry at a window: answered there, or referred to another window or a department. */
export async function logInquiry(d: StoreDeps, input: Omit<InquiryInput, 'inquiryId'>, now: Date): Promise<Inquiry> {
  const inquiry = recordInquiry({ ...input, inquiryId: newSortableId() }, now);
  await requireReferences(d, inquiry);
  return inquiryRecords.create(d, inquiry);
}
