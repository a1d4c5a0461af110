// C4, C8 the parties, witnesses and agents of a case, a bounded part of the cases module: what the rest
// of the module (case opening, the case page, its policy, the events) may use. Nothing outside this
// folder imports its other files.
export { PARTY_STEP_PERMISSIONS } from './policy.ts';
export {
  CORRECTIONS_SEALED,
  insertParties,
  openParty,
  PARTIES_SEALED,
  PARTY_VERSIONS_SEALED,
  listParties,
  personPartyIdNumbers,
  resealPartyKeys,
  type PartyRow,
} from './repo.ts';
export { casePartyKey, openCasePage } from './sealing.ts';
export {
  PARTY_FIELD_LABELS,
  PARTY_ROLE_LABELS,
  partyActions,
  partyEventLabel,
  partyKeyOf,
  type PartyRole,
} from './rules.ts';
export { CasePartiesService, PARTY_ENTITY } from './service.ts';
export { partyInput, partyOutput } from './types.ts';
