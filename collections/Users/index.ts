import type { CollectionConfig, Where } from 'payload'

import { deleteRowsOfAccount } from '@/collections/hooks/deleteDependents'
import { DISPLAY_NAME_MAX } from '@/lib/account/limits'
import { RESET_LINK_MINUTES, resetMailHtml, resetMailSubject } from '@/lib/account/resetMail'
import { verifyMailHtml, verifyMailSubject } from '@/lib/account/verifyMail'
import {
  adminFieldOnly,
  adminsOnly,
  anyone,
  hasRole,
  isNewsroom,
  ROLES,
  type TRole,
} from '@/collections/access'
import {
  auditAccountDeletion,
  auditFailedRestLogin,
  auditRoleChanges,
  auditSuccessfulLogin,
} from './hooks/auditAccounts'
import { requireCurrentPasswordForReaders } from './hooks/currentPasswordFirst'
import { closeFirstRegisterInProduction, firstRegisteredIsAdmin } from './hooks/firstAdmin'
import { refuseEmailThatIsNotText } from './hooks/emailIsText'
import { decideEmailVerification, verifiedUnlessRequired } from './hooks/emailVerification'
import { equalLoginTiming } from './hooks/loginTiming'
import { enforcePasswordPolicy, enforcePasswordPolicyOnReset } from './hooks/passwordPolicy'
import { noticeSiteUrlMismatch } from './hooks/siteUrlMismatch'
import { publishProfileAfterChange, publishProfileAfterDelete } from './hooks/publishProfile'
import { publicProfileFields } from './publicProfileFields'
import { privateFromContributors } from './privateFromContributors'
import { forgiveSuccessfulLogin, throttleAccountOperations } from './hooks/throttleAccounts'

const ROLE_LABELS: Record<TRole, { zh: string; en: string }> = {
  admin: { zh: '管理员', en: 'Admin' },
  editor: { zh: '编辑', en: 'Editor' },
  contributor: { zh: '撰稿人', en: 'Contributor' },
  reader: { zh: '读者', en: 'Reader' },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { zh: '用户', en: 'User' }, plural: { zh: '用户', en: 'Users' } },
  auth: {
    // No per-account lockout: it let anyone lock a staff member out by failing five logins with
    // their address, and its answer told a locked account apart from an unknown one. Guessing is
    // slowed per client and per account together instead (hooks/throttleAccounts.ts), without
    // ever closing the door for the account's owner.
    maxLoginAttempts: 0,
    tokenExpiration: 7 * 24 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.NODE_ENV === 'production' },
    // 忘记密码: the mail links to the portal's 重置密码 page (lib/account/resetMail.ts).
    forgotPassword: {
      expiration: RESET_LINK_MINUTES * 60 * 1000,
      generateEmailHTML: resetMailHtml,
      generateEmailSubject: resetMailSubject,
    },
    // Always configured, so its columns exist; EMAIL_VERIFICATION decides who must use it
    // (hooks/emailVerification.ts). The mail links to the portal's 验证邮箱 page.
    verify: { generateEmailHTML: verifyMailHtml, generateEmailSubject: verifyMailSubject },
  },
  admin: {
    useAsTitle: 'displayName',
    defaultColumns: ['displayName', 'email', 'roles', 'createdAt'],
  },
  access: {
    // Staff and contributors may open /admin; readers use the portal.
    admin: ({ req }) => isNewsroom(req.user),
    // Self-registration is open; the roles field below keeps it to the reader role.
    create: anyone,
    read: ({ req }) => {
      const user = req.user
      if (!user) return false
      if (hasRole(user, 'admin')) return true
      const self: Where = { id: { equals: user.id } }
      if (!isNewsroom(user)) return self
      // Editors pick article authors and review contributors' drafts; contributors see their
      // co-authors' names in the authors field and the list's 作者 column. So the newsroom sees
      // the newsroom's accounts, never readers'; of another account a contributor reads the
      // display name alone (privateFromContributors below).
      return { or: [self, { roles: { in: ['admin', 'editor', 'contributor'] } }] }
    },
    update: ({ req }) => {
      const user = req.user
      if (!user) return false
      if (hasRole(user, 'admin')) return true
      return { id: { equals: user.id } }
    },
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [
      throttleAccountOperations,
      closeFirstRegisterInProduction,
      enforcePasswordPolicyOnReset,
      requireCurrentPasswordForReaders,
      equalLoginTiming,
      decideEmailVerification,
    ],
    beforeValidate: [refuseEmailThatIsNotText, enforcePasswordPolicy],
    beforeChange: [firstRegisteredIsAdmin, verifiedUnlessRequired],
    beforeDelete: [deleteRowsOfAccount],
    afterChange: [publishProfileAfterChange, auditRoleChanges],
    afterDelete: [publishProfileAfterDelete, auditAccountDeletion],
    afterLogin: [forgiveSuccessfulLogin, noticeSiteUrlMismatch, auditSuccessfulLogin],
    afterError: [auditFailedRestLogin],
  },
  // Every field but the display name: a contributor reads it on their own account only.
  fields: privateFromContributors([
    {
      name: 'displayName',
      label: { zh: '显示名称', en: 'Display name' },
      type: 'text',
      required: true,
      maxLength: DISPLAY_NAME_MAX,
    },
    {
      name: 'roles',
      label: { zh: '角色', en: 'Roles' },
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      defaultValue: ['reader'],
      options: ROLES.map((role) => ({ label: ROLE_LABELS[role], value: role })),
      // A reader can never grant itself (or anyone) a role: without admin rights the value is
      // dropped and the default `reader` applies.
      access: { create: adminFieldOnly, update: adminFieldOnly },
      admin: { position: 'sidebar' },
    },
    publicProfileFields,
    {
      // Payload's own verification flag, which any signed-in account could set on itself; here
      // only an admin may (an account's owner confirms an address through the mailed link).
      name: '_verified',
      type: 'checkbox',
      access: { create: adminFieldOnly, update: adminFieldOnly },
    },
    // The 验证邮箱 page looks the account up by its link's token.
    { name: '_verificationToken', type: 'text', hidden: true, index: true },
    // Payload's own fields, named here only so that they carry the rule above: Payload merges its
    // definition of the e-mail into this one, and adds no timestamps of its own when these exist
    // (these are its definitions, so the schema is unchanged).
    { name: 'email', type: 'email', required: true },
    {
      name: 'updatedAt',
      type: 'date',
      index: true,
      label: ({ t }) => t('general:updatedAt'),
      admin: { disableBulkEdit: true, hidden: true },
    },
    {
      name: 'createdAt',
      type: 'date',
      index: true,
      label: ({ t }) => t('general:createdAt'),
      admin: { disableBulkEdit: true, hidden: true },
    },
  ]),
  timestamps: true,
}
