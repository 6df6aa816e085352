'use client'

import { ZDisplayNameFormSchema, ZPasswordChangeFormSchema } from '@/lib/account/forms'
import type { TAccountFormState } from '@/lib/account/formState'

import styles from './AccountDashboard.module.css'
import type { TFieldSpec } from './AccountForm'
import { changeDisplayNameFromForm, changePasswordFromForm } from './actions'
import { confirmPasswordField, DISPLAY_NAME_FIELD, newPasswordField } from './fieldSpecs'
import { SettingsForm } from './SettingsForm.client'

const PASSWORD_FIELDS: readonly TFieldSpec[] = [
  {
    name: 'currentPassword',
    label: '当前密码',
    type: 'password',
    autoComplete: 'current-password',
  },
  newPasswordField('新密码'),
  confirmPasswordField('确认新密码'),
]

/**
 * 修改显示名称 and 修改密码. Rendered before the account is known too (and so in the page's HTML),
 * so both forms work without JavaScript: the server acts for whoever the login cookie names.
 */
export function AccountSettings({
  displayName,
  onDisplayNameSaved,
}: {
  displayName: string | undefined
  onDisplayNameSaved: (displayName: string) => void
}) {
  const nameSaved = (answer: TAccountFormState) => {
    if (answer.values.displayName) onDisplayNameSaved(answer.values.displayName)
  }
  return (
    <>
      <section className={styles.card} aria-labelledby="account-name">
        <h2 id="account-name" className={styles.cardTitle}>
          修改显示名称
        </h2>
        <SettingsForm
          action={changeDisplayNameFromForm}
          schema={ZDisplayNameFormSchema}
          fields={[DISPLAY_NAME_FIELD]}
          submitLabel={{ idle: '保存显示名称', pending: '正在保存…' }}
          initialValues={{ displayName }}
          onSaved={nameSaved}
        />
      </section>
      <section className={styles.card} aria-labelledby="account-password">
        <h2 id="account-password" className={styles.cardTitle}>
          修改密码
        </h2>
        <SettingsForm
          action={changePasswordFromForm}
          schema={ZPasswordChangeFormSchema}
          fields={PASSWORD_FIELDS}
          submitLabel={{ idle: '修改密码', pending: '正在修改…' }}
        />
      </section>
    </>
  )
}
