import type { Config } from 'payload'

/** Every date the admin shows (lists, versions, fields), one pattern in date-fns tokens. */
export const ADMIN_DATE_FORMAT = 'yyyy-MM-dd HH:mm:ss'

/**
 * The time zone the scheduling dialog starts with is the one the portal shows times in, so an
 * editor who schedules "08:00" means the readers' 08:00. The zone is added to Payload's list
 * when that list lacks it (the list only offers common zones).
 */
export function adminTimezones(displayTimeZone: string): NonNullable<Config['admin']>['timezones'] {
  return {
    defaultTimezone: displayTimeZone,
    supportedTimezones: ({ defaultTimezones }) =>
      defaultTimezones.some((zone) => zone.value === displayTimeZone)
        ? defaultTimezones
        : [{ label: displayTimeZone, value: displayTimeZone }, ...defaultTimezones],
  }
}
