import { z } from 'zod';
import { BaseRecordSchema, IdSchema, requiredText } from './record';

export const roles = ['chair', 'vice-chair', 'governor', 'clerk', 'headteacher', 'officer'] as const;
export const RoleSchema = z.enum(roles, { message: 'Choose a role' });
export type Role = z.infer<typeof RoleSchema>;
export const roleLabels: Record<Role, string> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  governor: 'Governor',
  clerk: 'Clerk',
  headteacher: 'Headteacher',
  officer: 'LA / trust officer',
};

/** The shortest password an account may have (the server's rule, A5; the join screen checks it first). */
export const PASSWORD_MIN_LENGTH = 10;

/** A person is global; their role is per school (one person can sit on several boards). */
export const PersonSchema = z.object({
  id: IdSchema,
  name: requiredText('Name', 200),
  email: z.email({ message: 'Enter a valid email address' }).or(z.literal('')).default(''),
});
export type Person = z.infer<typeof PersonSchema>;

export const MembershipSchema = BaseRecordSchema.extend({
  personId: IdSchema,
  role: RoleSchema,
  /** The name shown on this board (kept with the membership so every member can see it). */
  displayName: requiredText('Name', 200),
});
export type Membership = z.infer<typeof MembershipSchema>;
