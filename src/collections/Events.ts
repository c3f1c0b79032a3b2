import type { CollectionConfig } from 'payload'

import { editorsOnlyField } from '@/access/isEditor'
import { publicReadEditorsWrite } from '@/access/presets'
import { publishingField } from '@/fields/publishing'
import { slugField } from '@/fields/slug'
import { contentHooks } from '@/hooks/content'
import { searchTextField } from '@/fields/searchText'
import { lexicalToPlainText } from '@/lib/searchText'

const endAfterStart = (
  value: unknown,
  { siblingData }: { siblingData: Record<string, unknown> },
) =>
  !value || !siblingData?.start || new Date(String(value)) >= new Date(String(siblingData.start))
    ? true
    : 'The event cannot end before it starts.'

export const Events: CollectionConfig = {
  slug: 'events',
  labels: { singular: { en: 'Event', es: 'Evento' }, plural: { en: 'Events', es: 'Eventos' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'start', 'venue', 'attendance'],
    group: { en: 'Programs', es: 'Programas' },
  },
  defaultSort: '-start',
  access: publicReadEditorsWrite,
  hooks: contentHooks,
  trash: true,
  fields: [
    { name: 'title', label: { en: 'Title', es: 'Título' }, type: 'text', required: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'reading',
      options: [
        { label: { en: 'Reading', es: 'Lectura' }, value: 'reading' },
        { label: { en: 'Art show', es: 'Muestra de arte' }, value: 'art_show' },
        { label: { en: 'Showcase', es: 'Muestra' }, value: 'showcase' },
        { label: { en: 'Live radio', es: 'Radio en vivo' }, value: 'live_radio' },
        { label: { en: 'Other', es: 'Otro' }, value: 'other' },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'start',
          type: 'date',
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'end',
          type: 'date',
          validate: endAfterStart,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'venue', type: 'text', required: true },
        { name: 'address', type: 'text' },
      ],
    },
    { name: 'description', type: 'richText' },
    {
      name: 'featuredContributors',
      type: 'relationship',
      relationTo: 'contributors',
      hasMany: true,
      // Not public: the event page names those with a public profile (src/lib/data/events.ts).
      access: { read: editorsOnlyField },
    },
    { name: 'works', type: 'relationship', relationTo: ['writings', 'artworks'], hasMany: true },
    { name: 'exhibition', type: 'relationship', relationTo: 'exhibitions' },
    { name: 'attendance', label: { en: 'Attendance', es: 'Asistencia' }, type: 'number', min: 0 },
    {
      name: 'accessibilityNotes',
      label: { en: 'Accessibility notes', es: 'Accesibilidad' },
      type: 'textarea',
    },
    {
      name: 'registrationUrl',
      label: { en: 'Registration link', es: 'Enlace de inscripción' },
      type: 'text',
    },
    slugField(),
    publishingField,
    searchTextField((d) => [d.title, d.venue, lexicalToPlainText(d.description)]),
  ],
}
