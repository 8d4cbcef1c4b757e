import raw from '../../content/provenance.json';
import { provenanceSchema } from '../lib/schemas/provenance.ts';

/** `content/provenance.json`, validated: the event and what is known of each file. */
export const provenance = provenanceSchema.parse(raw);
