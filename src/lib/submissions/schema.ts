import { z } from 'zod'

import { CREDITS, PIECE_LANGUAGES, WRITING_FORMS } from '@/lib/vocabularies'
import { phoneDigits } from '@/lib/contact'
import { SUBMISSION_LIMITS as L } from './limits'

/** Error codes the form shows beside each field, in the page's language (see i18n `submit.errors`). */
export type ErrorCode =
  | 'required'
  | 'tooLong'
  | 'email'
  | 'phone'
  | 'consent'
  | 'year'
  | 'choice'
  | 'noFiles'
  | 'tooManyFiles'
  | 'fileType'
  | 'fileSize'
  | 'imagePixels'

const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'tooLong' satisfies ErrorCode })
const required = (max: number) => text(max).min(1, { message: 'required' satisfies ErrorCode })
const checkbox = z
  .string()
  .optional()
  .transform((v) => v === 'on' || v === 'true')

const common = {
  title: required(L.titleChars),
  language: z.enum(PIECE_LANGUAGES, { message: 'choice' satisfies ErrorCode }),
  credit: z.enum(CREDITS, { message: 'choice' satisfies ErrorCode }),
  name: text(L.nameChars).optional().default(''),
  penName: text(L.nameChars).optional().default(''),
  consentOnline: checkbox,
  consentPrint: checkbox,
  consentReadAloud: checkbox,
  email: z
    .union([
      z.literal(''),
      z
        .string()
        .trim()
        .pipe(z.email({ message: 'email' satisfies ErrorCode })),
    ])
    .optional()
    .default(''),
  phone: text(40)
    .optional()
    .default('')
    .refine((p) => p === '' || phoneDigits(p).length >= 7, {
      message: 'phone' satisfies ErrorCode,
    }),
  workplace: text(200).optional().default(''),
  union: text(200).optional().default(''),
}

const writing = z.object({
  kind: z.literal('writing'),
  ...common,
  form: z.enum(WRITING_FORMS, { message: 'choice' satisfies ErrorCode }),
  text: required(L.textChars),
})

const artwork = z.object({
  kind: z.literal('artwork'),
  ...common,
  medium: text(200).optional().default(''),
  year: z
    .union([z.literal(''), z.coerce.number().int().min(1900).max(2100)], {
      message: 'year' satisfies ErrorCode,
    })
    .optional()
    .transform((y) => (typeof y === 'number' ? y : undefined)),
  statement: text(L.statementChars).optional().default(''),
  imageDescription: text(1000).optional().default(''),
})

export const submissionSchema = z
  .discriminatedUnion('kind', [writing, artwork], { message: 'choice' satisfies ErrorCode })
  .superRefine((s, ctx) => {
    if (s.credit === 'name' && !s.name)
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'required' satisfies ErrorCode })
    if (s.credit === 'penName' && !s.penName)
      ctx.addIssue({ code: 'custom', path: ['penName'], message: 'required' satisfies ErrorCode })
    if (!s.consentOnline && !s.consentPrint && !s.consentReadAloud)
      ctx.addIssue({ code: 'custom', path: ['consents'], message: 'consent' satisfies ErrorCode })
  })

export type SubmissionInput = z.infer<typeof submissionSchema>
export type FieldErrors = Partial<Record<string, ErrorCode>>

/** Validates the form's fields; errors keyed by field, one code each. */
export function parseSubmission(
  fields: Record<string, string>,
): { ok: true; input: SubmissionInput } | { ok: false; errors: FieldErrors } {
  const result = submissionSchema.safeParse(fields)
  if (result.success) return { ok: true, input: result.data }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const key = String(issue.path[0] ?? 'kind')
    errors[key] ??= (issue.message as ErrorCode) || 'required'
  }
  return { ok: false, errors }
}
