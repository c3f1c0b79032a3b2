import type { UIField } from 'payload'

import { L } from '@/i18n/admin'

/** The Publishing panel in the sidebar of anthologies, exhibitions and events. */
export const publishingField: UIField = {
  name: 'publishing',
  label: L('panels.publishing'),
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/admin/Publishing.client#Publishing' },
  },
}
