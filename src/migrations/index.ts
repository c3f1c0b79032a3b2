import * as migration_20261125_083748_initial from './20261125_083748_initial';
import * as migration_20261125_093551_public_site from './20261125_093551_public_site';
import * as migration_20261125_100511_submissions from './20261125_100511_submissions';
import * as migration_20261125_104037_episode_guid from './20261125_104037_episode_guid';
import * as migration_20261125_112938_episode_season_artwork from './20261125_112938_episode_season_artwork';
import * as migration_20261125_115540_trash_audit_log from './20261125_115540_trash_audit_log';
import * as migration_20261126_044000_version_lookup_indexes from './20261126_044000_version_lookup_indexes';
import * as migration_20261126_045039_public_work_indexes from './20261126_045039_public_work_indexes';
import * as migration_20261126_064812_publishing_outputs from './20261126_064812_publishing_outputs';
import * as migration_20261126_073239_writing_filter_indexes from './20261126_073239_writing_filter_indexes';
import * as migration_20261126_073420_distinct_count_indexes from './20261126_073420_distinct_count_indexes';
import * as migration_20261126_103659_search_text_unindexed from './20261126_103659_search_text_unindexed';
import * as migration_20261130_101012_trust_and_privacy from './20261130_101012_trust_and_privacy';
import * as migration_20261130_105743_one_editorial_state from './20261130_105743_one_editorial_state';
import * as migration_20261130_131246_s3_prefix from './20261130_131246_s3_prefix';
import * as migration_20261130_193259_fold_vietnamese_d from './20261130_193259_fold_vietnamese_d';

export const migrations = [
  {
    up: migration_20261125_083748_initial.up,
    down: migration_20261125_083748_initial.down,
    name: '20261125_083748_initial',
  },
  {
    up: migration_20261125_093551_public_site.up,
    down: migration_20261125_093551_public_site.down,
    name: '20261125_093551_public_site',
  },
  {
    up: migration_20261125_100511_submissions.up,
    down: migration_20261125_100511_submissions.down,
    name: '20261125_100511_submissions',
  },
  {
    up: migration_20261125_104037_episode_guid.up,
    down: migration_20261125_104037_episode_guid.down,
    name: '20261125_104037_episode_guid',
  },
  {
    up: migration_20261125_112938_episode_season_artwork.up,
    down: migration_20261125_112938_episode_season_artwork.down,
    name: '20261125_112938_episode_season_artwork',
  },
  {
    up: migration_20261125_115540_trash_audit_log.up,
    down: migration_20261125_115540_trash_audit_log.down,
    name: '20261125_115540_trash_audit_log',
  },
  {
    up: migration_20261126_044000_version_lookup_indexes.up,
    down: migration_20261126_044000_version_lookup_indexes.down,
    name: '20261126_044000_version_lookup_indexes',
  },
  {
    up: migration_20261126_045039_public_work_indexes.up,
    down: migration_20261126_045039_public_work_indexes.down,
    name: '20261126_045039_public_work_indexes',
  },
  {
    up: migration_20261126_064812_publishing_outputs.up,
    down: migration_20261126_064812_publishing_outputs.down,
    name: '20261126_064812_publishing_outputs',
  },
  {
    up: migration_20261126_073239_writing_filter_indexes.up,
    down: migration_20261126_073239_writing_filter_indexes.down,
    name: '20261126_073239_writing_filter_indexes',
  },
  {
    up: migration_20261126_073420_distinct_count_indexes.up,
    down: migration_20261126_073420_distinct_count_indexes.down,
    name: '20261126_073420_distinct_count_indexes',
  },
  {
    up: migration_20261126_103659_search_text_unindexed.up,
    down: migration_20261126_103659_search_text_unindexed.down,
    name: '20261126_103659_search_text_unindexed',
  },
  {
    up: migration_20261130_101012_trust_and_privacy.up,
    down: migration_20261130_101012_trust_and_privacy.down,
    name: '20261130_101012_trust_and_privacy',
  },
  {
    up: migration_20261130_105743_one_editorial_state.up,
    down: migration_20261130_105743_one_editorial_state.down,
    name: '20261130_105743_one_editorial_state',
  },
  {
    up: migration_20261130_131246_s3_prefix.up,
    down: migration_20261130_131246_s3_prefix.down,
    name: '20261130_131246_s3_prefix',
  },
  {
    up: migration_20261130_193259_fold_vietnamese_d.up,
    down: migration_20261130_193259_fold_vietnamese_d.down,
    name: '20261130_193259_fold_vietnamese_d'
  },
];
