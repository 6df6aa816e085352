import * as migration_20261206_000641_localized_content from './20261206_000641_localized_content'
import * as migration_20261206_072130_search_index from './20261206_072130_search_index'

export const migrations = [
  {
    up: migration_20261206_000641_localized_content.up,
    down: migration_20261206_000641_localized_content.down,
    name: '20261206_000641_localized_content',
  },
  {
    up: migration_20261206_072130_search_index.up,
    down: migration_20261206_072130_search_index.down,
    name: '20261206_072130_search_index',
  },
]
