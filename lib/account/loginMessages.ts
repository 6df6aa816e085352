import type { TFormMessageKey } from './formMessages'

/**
 * The login form's messages (keys of the `forms` catalog). A wrong password and an unknown
 * address get the same one, as the server answers them alike; there is no lockout, only a pause
 * after many failed attempts.
 */
export const LOGIN_MESSAGES = {
  'wrong-credentials': 'wrongCredentials',
  'too-many': 'loginTooMany',
  unverified: 'unverified',
  network: 'network',
  failed: 'loginFailed',
} as const satisfies Record<string, TFormMessageKey>

/** The account page's 显示名称 and 修改密码 forms. */
export const ACCOUNT_SETTINGS_MESSAGES = {
  nameSaved: 'nameSaved',
  saved: 'passwordSaved',
  wrongCurrent: 'wrongCurrent',
  tooMany: 'passwordTooMany',
  signedOut: 'signedOut',
  failed: 'saveFailed',
} as const satisfies Record<string, TFormMessageKey>
