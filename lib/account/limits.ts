/** The password policy's minimum length (lib/account/passwordPolicy.ts), in characters. */
export const PASSWORD_MIN = 10

/** The users collection's displayName maxLength, which the forms check before sending. */
export const DISPLAY_NAME_MAX = 40
