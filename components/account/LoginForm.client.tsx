'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'

import { ZLoginFormSchema, validateForm, type TFieldErrors } from '@/lib/account/forms'
import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'
import { withNext } from '@/lib/account/safeNext'
import { logIn, type TLoginOutcome } from '@/lib/account/session'

import { AccountForm, type TFieldSpec } from './AccountForm'
import { focusFirstInvalid } from './focusFirstInvalid'
import { useNextParam } from './useLocation'

const LOGIN_FIELDS: readonly TFieldSpec[] = [
  { name: 'email', label: '邮箱', type: 'email', autoComplete: 'email' },
  { name: 'password', label: '密码', type: 'password', autoComplete: 'current-password' },
]
const FIELDS = LOGIN_FIELDS.map((field) => field.name)

const MESSAGES: Record<Exclude<TLoginOutcome, 'ok'>, string> = {
  'wrong-credentials': '邮箱或密码不正确。连续输错 5 次后，账户将被锁定 10 分钟。',
  locked: '登录失败次数过多，账户已被临时锁定，请 10 分钟后再试。',
  network: NETWORK_ERROR_MESSAGE,
  failed: '登录暂时无法完成，请稍后重试。',
}

export function LoginForm() {
  const next = useNextParam()
  const [errors, setErrors] = useState<TFieldErrors<string>>({})
  const [formError, setFormError] = useState<string | null>(null)
  const [submitting, setSubmitting] = useState(false)

  const clearError = (name: string) => setErrors((current) => ({ ...current, [name]: undefined }))

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (submitting) return
    const form = event.currentTarget
    const checked = validateForm(ZLoginFormSchema, Object.fromEntries(new FormData(form)))
    if (!checked.ok) {
      // Render the messages first, so the focused field is announced with its error.
      flushSync(() => {
        setErrors(checked.errors)
        setFormError(null)
      })
      focusFirstInvalid(form, FIELDS, checked.errors)
      return
    }
    setErrors({})
    setFormError(null)
    setSubmitting(true)
    const outcome = await logIn(checked.data.email, checked.data.password)
    if (outcome === 'ok') {
      // A full navigation, so the server renders the next page with the new cookie.
      window.location.assign(next)
      return
    }
    setSubmitting(false)
    setFormError(MESSAGES[outcome])
  }

  return (
    <AccountForm
      fields={LOGIN_FIELDS}
      errors={errors}
      onEdit={clearError}
      formError={formError}
      submitting={submitting}
      submitLabel={{ idle: '登录', pending: '正在登录…' }}
      switchLine={
        <>
          还没有账户？<Link href={withNext('/register', next)}>注册新账户</Link>
        </>
      }
      onSubmit={handleSubmit}
    />
  )
}
