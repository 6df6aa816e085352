import * as migration_20261206_000641_localized_content from './20261206_000641_localized_content'

export const migrations = [
  {
    up: migration_20261206_000641_localized_content.up,
    down: migration_20261206_000641_localized_content.down,
    name: '20261206_000641_localized_content',
  },
]
