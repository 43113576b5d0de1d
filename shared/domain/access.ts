/**
 * Who may do what (不得越权): checks that read like the rules. A principal acts only within
 * its roles and its hall; agency admins act in every hall.
 */
import { forbidden } from './errors';

export const ROLES = ['agency-admin', 'hall-admin', 'window-staff', 'scoring-dept', 'supervisor'] as const;
export type Role = (typeof ROLES)[number];

export interface Principal {
  /** Staff id or admin id (the token's `sub`). */
  id: string;
  /** Absent for agency admins. */
  hallId?: string;
  roles: ReadonlySet<Role>;
}

/** The parts of a staff record that decide what a window's staff may do. */
export interface StaffStanding {
  staffId: string;
  windowId?: string;
  chiefRepresentative?: boolean;
}

export const isAgencyAdmin = (p: Principal) => p.roles.has('agency-admin');

export const isHallAdminOf = (p: Principal, hallId: string) => isAgencyAdmin(p) || (p.roles.has('hall-admin') && p.hallId === hallId);

/** Anyone who works in the hall (any role) or an agency admin. */
export const belongsToHall = (p: Principal, hallId: string) => isAgencyAdmin(p) || p.hallId === hallId;

export function requireAgencyAdmin(p: Principal): void {
  if (!isAgencyAdmin(p)) throw forbidden('Only agency administrators may do this');
}

export function requireHallAdmin(p: Principal, hallId: string): void {
  if (!isHallAdminOf(p, hallId)) throw forbidden(`Only an administrator of hall ${hallId} may do this`);
}

export function requireStaffOfHall(p: Principal, hallId: string): void {
  if (!belongsToHall(p, hallId)) throw forbidden(`Not a member of hall ${hallId}`);
}

export function requireAnyRole(p: Principal, hallId: string, roles: readonly Role[]): void {
  requireStaffOfHall(p, hallId);
  if (isHallAdminOf(p, hallId)) return;
  if (!roles.some((r) => p.roles.has(r))) throw forbidden(`Requires one of the roles: ${roles.join(', ')}`);
}

/** Window staff act on their own window's work; hall admins on every window of the hall. */
export function requireStaffOfWindow(p: Principal, hallId: string, windowId: string, staff?: StaffStanding): void {
  if (isHallAdminOf(p, hallId)) return;
  requireStaffOfHall(p, hallId);
  if (!p.roles.has('window-staff') || staff?.windowId !== windowId) {
    throw forbidden(`Only staff of window ${windowId} may do this`);
  }
}

/** Approval items are decided by the window's chief representative (首席代表) or a hall admin. */
export function requireChiefRepresentativeOf(p: Principal, hallId: string, windowId: string, staff?: StaffStanding): void {
  if (isHallAdminOf(p, hallId)) return;
  requireStaffOfWindow(p, hallId, windowId, staff);
  if (!staff?.chiefRepresentative) {
    throw forbidden(`Only the chief representative of window ${windowId} may decide approval items`);
  }
}

/** ID numbers and phones are for the staff handling the case: its window's staff and hall admins. */
export function mayReadPersonalData(p: Principal, hallId: string, windowId: string, staff?: StaffStanding): boolean {
  return isHallAdminOf(p, hallId) || (p.hallId === hallId && p.roles.has('window-staff') && staff?.windowId === windowId);
}
