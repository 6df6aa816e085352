'use client'

import Link from 'next/link'
import { useState, type FormEvent, type ReactNode } from 'react'
import { flushSync } from 'react-dom'

import {
  DISPLAY_NAME_MAX,
  PASSWORD_MIN,
  ZRegisterFormSchema,
  validateForm,
  type TFieldErrors,
} from '@/lib/account/forms'
import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'
import { REGISTER_FIELDS, registerErrorsFromServer } from '@/lib/account/registerErrors'
import { withNext } from '@/lib/account/safeNext'
import { logIn, register } from '@/lib/account/session'

import { AccountForm, type TFieldSpec } from './AccountForm'
import { focusFirstInvalid } from './focusFirstInvalid'
import { useNextParam } from './useLocation'

/** In the order of REGISTER_FIELDS, which decides where focus goes after a failed submit. */
const FIELDS: readonly TFieldSpec[] = [
  {
    name: 'displayName',
    label: '显示名称',
    type: 'text',
    autoComplete: 'nickname',
    hint: `最多 ${DISPLAY_NAME_MAX} 个字符，会显示在页面顶部。`,
  },
  {
    name: 'email',
    label: '邮箱',
    type: 'email',
    autoComplete: 'email',
    hint: '用于登录，不会公开显示。',
  },
  {
    name: 'password',
    label: '密码',
    type: 'password',
    autoComplete: 'new-password',
    hint: `至少 ${PASSWORD_MIN} 个字符。`,
  },
  { name: 'confirmPassword', label: '确认密码', type: 'password', autoComplete: 'new-password' },
]

export function RegisterForm() {
  const next = useNextParam()
  const [errors, setErrors] = useState<TFieldErrors<string>>({})
  const [formError, setFormError] = useState<ReactNode>(null)
  const [submitting, setSubmitting] = useState(false)

  const clearError = (name: string) => setErrors((current) => ({ ...current, [name]: undefined }))

  /** Render the messages first, so the focused field is announced with its error. */
  function showErrors(
    form: HTMLFormElement,
    fieldErrors: TFieldErrors<string>,
    other: string | null,
  ) {
    flushSync(() => {
      setErrors(fieldErrors)
      setFormError(other)
    })
    focusFirstInvalid(form, REGISTER_FIELDS, fieldErrors)
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (submitting) return
    const form = event.currentTarget
    const checked = validateForm(ZRegisterFormSchema, Object.fromEntries(new FormData(form)))
    if (!checked.ok) return showErrors(form, checked.errors, null)

    setErrors({})
    setFormError(null)
    setSubmitting(true)
    const { displayName, email, password } = checked.data
    const created = await register({ displayName, email, password })
    if (!created.ok) {
      setSubmitting(false)
      if (created.network) return setFormError(NETWORK_ERROR_MESSAGE)
      const { fieldErrors, other } = registerErrorsFromServer(created.fields)
      const nothingNamed = !other && Object.keys(fieldErrors).length === 0
      return showErrors(form, fieldErrors, nothingNamed ? '注册暂时无法完成，请稍后重试。' : other)
    }

    if ((await logIn(email, password)) === 'ok') {
      // A full navigation, so the server renders the next page with the new cookie.
      window.location.assign(next)
      return
    }
    setSubmitting(false)
    setFormError(
      <>
        账户已创建，但自动登录没有成功。请<Link href={withNext('/login', next)}>前往登录</Link>。
      </>,
    )
  }

  return (
    <AccountForm
      fields={FIELDS}
      errors={errors}
      onEdit={clearError}
      formError={formError}
      submitting={submitting}
      submitLabel={{ idle: '注册', pending: '正在注册…' }}
      switchLine={
        <>
          已有账户？<Link href={withNext('/login', next)}>直接登录</Link>
        </>
      }
      onSubmit={handleSubmit}
    />
  )
}
