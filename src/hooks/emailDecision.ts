import type { CollectionAfterChangeHook } from 'payload'

import { notifyDecision } from '@/lib/email/notify'
import { relId } from '@/lib/relations'

/** When editors accept or decline a piece, its contributor hears about it (if they left an email). */
export const emailDecision: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
  context,
  operation,
}) => {
  const decision = doc.editorialStatus
  // A decision is a change of state on an existing piece; seeds and imports stay quiet.
  if (operation !== 'update' || context.disableNotifications) return doc
  if (decision === previousDoc?.editorialStatus) return doc
  if (decision !== 'accepted' && decision !== 'declined') return doc
  const id = relId(doc.contributor)
  if (id === undefined) return doc
  try {
    const contributor = await req.payload.findByID({
      collection: 'contributors',
      id,
      depth: 0,
      overrideAccess: true,
      select: { email: true, languages: true },
      req,
    })
    await notifyDecision(req.payload, req, {
      email: contributor.email ?? '',
      languages: contributor.languages ?? [],
      title: doc.title,
      decision,
      message: doc.messageToContributor ?? '',
    })
  } catch (err) {
    // A notification never undoes or blocks the decision itself.
    req.payload.logger.error({ err, msg: `Could not queue the decision email for ${doc.id}` })
  }
  return doc
}
