import configPromise from '@payload-config'
import { getPayload } from 'payload'

/** The one way the public site reaches Payload (Local API, in process). */
export const getPayloadClient = () => getPayload({ config: configPromise })
