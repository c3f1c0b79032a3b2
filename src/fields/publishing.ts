import type { UIField } from 'payload'

/** The Publishing panel in the sidebar of anthologies, exhibitions and events. */
export const publishingField: UIField = {
  name: 'publishing',
  type: 'ui',
  admin: {
    position: 'sidebar',
    components: { Field: '/src/components/admin/Publishing.client#Publishing' },
  },
}
