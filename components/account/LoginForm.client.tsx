'use client'

import Link from 'next/link'
import { useState, type FormEvent } from 'react'
import { flushSync } from 'react-dom'

import { ZLoginFormSchema, validateForm, type TFieldErrors } from '@/lib/account/forms'
import { NETWORK_ERROR_MESSAGE } from '@/lib/browser/apiClient'
import { withNext } from '@/lib/account/safeNext'
import { logIn, type TLoginOutcome } from '@/lib/account/session'

import { focusFirstInvalid } from './focusFirstInvalid'
import { FormAlert } from './FormAlert'
import styles from './forms.module.css'
import { TextField } from './TextField'
import { useNextParam } from './useLocation'

const FIELDS = ['email', 'password'] as const

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
    <form className={styles.form} onSubmit={handleSubmit} noValidate>
      <FormAlert>{formError}</FormAlert>
      <div className={styles.fields}>
        <TextField
          name="email"
          label="邮箱"
          type="email"
          autoComplete="email"
          error={errors.email}
          onEdit={clearError}
        />
        <TextField
          name="password"
          label="密码"
          type="password"
          autoComplete="current-password"
          error={errors.password}
          onEdit={clearError}
        />
        <button className={styles.submit} type="submit" aria-disabled={submitting}>
          {submitting ? '正在登录…' : '登录'}
        </button>
        <p className={styles.switch}>
          还没有账户？<Link href={withNext('/register', next)}>注册新账户</Link>
        </p>
      </div>
    </form>
  )
}
