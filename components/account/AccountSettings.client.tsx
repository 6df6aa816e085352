'use client'

import type { TFormText } from '@/lib/account/formMessages'
import { ZDisplayNameFormSchema, ZPasswordChangeFormSchema } from '@/lib/account/forms'
import type { TAccountFormState } from '@/lib/account/formState'
import { localizedPath, type TLocale } from '@/lib/i18n/locales'
import type { TMessages } from '@/lib/i18n/messages'
import { PageLink } from '@/components/portal/PageLink'

import styles from './AccountDashboard.module.css'
import formStyles from './forms.module.css'
import type { TFieldSpec } from './AccountForm'
import { changeDisplayNameFromForm, changePasswordFromForm } from './actions'
import { confirmPasswordField, displayNameField, newPasswordField } from './fieldSpecs'
import { SettingsForm } from './SettingsForm.client'

const passwordFields = (text: TMessages['account']): readonly TFieldSpec[] => [
  {
    name: 'currentPassword',
    label: text.currentPassword,
    type: 'password',
    autoComplete: 'current-password',
  },
  newPasswordField(text.newPassword, text),
  confirmPasswordField(text.confirmNewPassword),
]

/**
 * 修改显示名称 and 修改密码. Rendered before the account is known too (and so in the page's HTML),
 * so both forms work without JavaScript: the server acts for whoever the login cookie names.
 */
export function AccountSettings({
  locale,
  displayName,
  onDisplayNameSaved,
  text,
  formText,
}: {
  locale: TLocale
  displayName: string | undefined
  onDisplayNameSaved: (displayName: string) => void
  text: TMessages['account']
  formText: TFormText
}) {
  const nameSaved = (answer: TAccountFormState) => {
    if (answer.values.displayName) onDisplayNameSaved(answer.values.displayName)
  }
  return (
    <>
      <section className={styles.card} aria-labelledby="account-name">
        <h2 id="account-name" className={styles.cardTitle}>
          {text.changeName}
        </h2>
        <SettingsForm
          action={changeDisplayNameFromForm}
          schema={ZDisplayNameFormSchema}
          fields={[displayNameField(text)]}
          submitLabel={{ idle: text.saveName, pending: text.saving }}
          initialValues={{ displayName }}
          onSaved={nameSaved}
          formText={formText}
        />
      </section>
      <section className={styles.card} aria-labelledby="account-password">
        <h2 id="account-password" className={styles.cardTitle}>
          {text.changePassword}
        </h2>
        <SettingsForm
          action={changePasswordFromForm}
          schema={ZPasswordChangeFormSchema}
          fields={passwordFields(text)}
          submitLabel={{ idle: text.changePassword, pending: text.changing }}
          formText={formText}
        />
        <p className={formStyles.switch}>
          <PageLink href={localizedPath(locale, '/forgot-password')}>{text.forgotLink}</PageLink>
        </p>
      </section>
    </>
  )
}
