import nlpCompromise from 'compromise';
import { isEnglishWord } from './word-list.ts';

/**
 * General English word lists used by the sentence segmenter and the analysis.
 * Nothing here is specific to one article set: these are closed-class words of news prose.
 */

/** Verbs that introduce or close reported speech ("he said", "she wrote", "they told"). */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'say', 'said', 'says', 'saying',
  'ask', 'asked', 'asks',
  'add', 'added', 'adds',
  'write', 'wrote', 'writes',
  'note', 'noted', 'notes',
  'tell', 'told', 'tells',
  'state', 'stated', 'states',
  'post', 'posted', 'posts',
  'tweet', 'tweeted', 'tweets',
  'remark', 'remarked', 'remarks',
  'reply', 'replied', 'replies',
  'explain', 'explained', 'explains',
  'insist', 'insisted', 'insists',
  'argue', 'argued', 'argues',
  'declare', 'declared', 'declares',
  'warn', 'warned', 'warns',
  'recall', 'recalled', 'recalls',
  'acknowledge', 'acknowledged', 'acknowledges',
  'conclude', 'concluded', 'concludes',
  'announce', 'announced', 'announces',
  'claim', 'claimed', 'claims',
  'emphasize', 'emphasized', 'emphasizes', 'emphasise', 'emphasised',
  'stress', 'stressed', 'stresses',
  'suggest', 'suggested', 'suggests',
  'describe', 'described', 'describes',
  'confirm', 'confirmed', 'confirms',
  'predict', 'predicted', 'predicts',
  'speculate', 'speculated', 'speculates',
  'posit', 'posited', 'posits',
  'assert', 'asserted', 'asserts',
  'admit', 'admitted', 'admits',
  'observe', 'observed', 'observes',
  'comment', 'commented', 'comments',
  'respond', 'responded', 'responds',
  'answer', 'answered', 'answers',
  'urge', 'urged', 'urges',
  'promise', 'promised', 'promises',
  'vow', 'vowed', 'vows',
  'reveal', 'revealed', 'reveals',
  'report', 'reported', 'reports',
  'quote', 'quoted', 'quotes',
  'cite', 'cited', 'cites',
  'criticize', 'criticized', 'criticizes', 'criticise', 'criticised',
  'demand', 'demanded', 'demands',
  'call', 'called',
  // Reporting verbs of news style and of translated copy ("affirmed the mayor").
  'affirm', 'affirmed', 'affirms',
  'contend', 'contended', 'contends',
  'concede', 'conceded', 'concedes',
  'complain', 'complained', 'complains',
  'reiterate', 'reiterated', 'reiterates',
  'counter', 'countered', 'counters',
  'caution', 'cautioned', 'cautions',
  'pledge', 'pledged', 'pledges',
  'joke', 'joked', 'jokes',
  'exclaim', 'exclaimed', 'exclaims',
  'shout', 'shouted', 'shouts',
  'add', 'write', 'tell', 'say',
]);

/**
 * Verbs beyond `SPEECH_VERBS` whose subject speaks the quote that follows: naming what was said
 * ("X characterized the vote as “…”", "X branded it “…”", "X accused them of “…”") or speaking
 * ("speaking only of “…”"). Kept apart so that the claim matcher's view of words is unchanged.
 */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set([
  'characterize', 'characterized', 'characterizes', 'characterizing', 'characterise', 'characterised', 'characterises', 'characterising',
  'brand', 'branded', 'brands', 'label', 'labeled', 'labelled', 'labels', 'dub', 'dubbed', 'dubs', 'term', 'termed', 'terms',
  'hail', 'hailed', 'hails', 'dismiss', 'dismissed', 'dismisses', 'denounce', 'denounced', 'denounces', 'condemn', 'condemned',
  'condemns', 'decry', 'decried', 'decries', 'praise', 'praised', 'praises', 'deride', 'derided', 'derides', 'portray', 'portrayed', 'portrays',
  'speak', 'spoke', 'spoken', 'speaks', 'speaking', 'accuse', 'accused', 'accuses', 'accusing', 'pledge', 'pledged', 'pledges',
  'concede', 'conceded', 'concedes', 'counter', 'countered', 'counters', 'quip', 'quipped', 'quips', 'joke', 'joked', 'jokes',
  'complain', 'complained', 'complains', 'boast', 'boasted', 'boasts', 'lament', 'lamented', 'laments', 'maintain', 'maintained',
  'maintains', 'contend', 'contended', 'contends', 'retort', 'retorted', 'retorts', 'shout', 'shouted', 'shouts', 'exclaim',
  'exclaimed', 'exclaims', 'whisper', 'whispered', 'whispers', 'mutter', 'muttered', 'mutters', 'protest', 'protested',
  'protests', 'testify', 'testified', 'testifies', 'plead', 'pleaded', 'pleads', 'reiterate',
  'reiterated', 'reiterates', 'caution', 'cautioned', 'cautions', 'mused', 'muses', 'sighed', 'texted', 'emailed',
  'address', 'addressed', 'addresses',
]);

/** Words of office and role that precede a name ("Deputy Foreign Minister", "press secretary"). */
export const TITLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'vice', 'prime', 'minister', 'secretary', 'deputy', 'foreign', 'defense', 'defence', 'interior',
  'finance', 'state', 'general', 'press', 'spokesman', 'spokeswoman', 'spokesperson', 'chancellor', 'king', 'queen',
  'prince', 'princess', 'pope', 'sen.', 'senator', 'rep.', 'representative', 'gov.', 'governor', 'mayor', 'ambassador',
  'envoy', 'special', 'adviser', 'advisor', 'national', 'security', 'chief', 'head', 'director', 'chairman',
  'chairwoman', 'chair', 'ceo', 'commander', 'gen.', 'col.', 'lt.', 'sgt.', 'adm.', 'dr.', 'mr.', 'mrs.', 'ms.',
  'prof.', 'professor', 'judge', 'justice', 'speaker', 'leader', 'commentator', 'analyst', 'correspondent',
  'reporter', 'editor', 'writer', 'official', 'officer', 'spokesman', 'aide', 'senior', 'former', 'first', 'lady',
  'attorney', 'counsel', 'lawmaker', 'premier', 'sheikh', 'crown', 'supreme', 'acting', 'assistant', 'executive',
  'strategic', 'military', 'political', 'freelance', 'editorial', 'teacher', 'historian', 'economist', 'expert',
]);

/**
 * Honorifics and abbreviated ranks written before a name, with or without a full stop ("Mr Okafor",
 * "Mrs. Lopez", "Dr Reyes", "Sen. Jones"). They are never part of the name itself.
 */
export const HONORIFICS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'sen', 'rep', 'gov', 'gen', 'col',
  'lt', 'sgt', 'adm', 'capt', 'cmdr', 'maj', 'amb', 'pres', 'hon', 'messrs', 'mme', 'mlle', 'herr', 'frau',
]);

/**
 * Head nouns of roles written before a name as a title ("Councilwoman", "City Engineer",
 * "Chief Nurse", "union organiser"), beyond the offices of `TITLE_WORDS`. A small list of the
 * common ones; `isRoleNoun` also asks compromise's tagger, which knows many more (its #Actor nouns).
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'councilman', 'councilwoman', 'councillor', 'councilor', 'councilmember', 'alderman', 'alderwoman', 'assemblyman',
  'assemblywoman', 'assemblymember', 'congressman', 'congresswoman', 'selectman', 'selectwoman', 'commissioner',
  'supervisor', 'superintendent', 'trustee', 'treasurer', 'comptroller', 'controller', 'auditor', 'clerk', 'sheriff',
  'marshal', 'constable', 'inspector', 'detective', 'sergeant', 'superintendent', 'engineer', 'architect', 'planner',
  'surveyor', 'executive', 'officer', 'manager', 'administrator', 'nurse', 'midwife', 'surgeon', 'physician', 'doctor',
  'paramedic', 'organiser', 'organizer', 'steward', 'convenor', 'convener', 'negotiator', 'coordinator', 'coach',
  'captain', 'skipper', 'goalkeeper', 'striker', 'midfielder', 'defender', 'referee', 'umpire', 'principal', 'headteacher',
  'headmaster', 'headmistress', 'dean', 'provost', 'rector', 'chancellor', 'lecturer', 'researcher', 'scientist',
  'epidemiologist', 'seismologist', 'geologist', 'meteorologist', 'forecaster', 'prosecutor', 'solicitor', 'barrister',
  'lawyer', 'magistrate', 'coroner', 'registrar', 'chairperson', 'chairwoman', 'chairman', 'president', 'founder',
  'owner', 'partner', 'treasurer', 'secretary', 'spokesperson', 'spokeswoman', 'spokesman', 'ombudsman', 'regulator',
  'warden', 'ranger', 'firefighter', 'pilot', 'campaigner', 'activist', 'pastor', 'bishop', 'archbishop', 'rabbi', 'imam',
  // Offices titled "… Master" ("Harbour Master", "Station Master", "Master of the Rolls") and their one-word forms.
  'master', 'harbourmaster', 'harbormaster', 'stationmaster', 'postmaster', 'postmistress',
  // Public offices and callings of the same kind ("the state's consumer advocate, X", "the patients' ombudsperson").
  'advocate', 'ombudsperson',
]);

const actorNouns = new Map<string, boolean>();
/** Endings of nouns for people by what they do ("inspector", "firefighter", "economist", "surgeon"). */
const AGENT_SHAPE = /^\p{L}{2,}(?:er|or|ist|ian|ant|ent|eer|man|woman|person|ive|ic|ar|eon|ain|ess|ee)$/u;

/**
 * Whether a word is the head noun of a role ("engineer", "Nurse", "organiser"): `ROLE_NOUNS`, or a
 * noun compromise's tagger knows as a person by what they do (its #Actor tag: "firefighter",
 * "inspector") and an English word list holds, unless it also knows it as a name ("Walker", "Cooper").
 */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase();
  if (ROLE_NOUNS.has(lower)) return true;
  // Only words shaped like an agent noun are worth asking the tagger about (it takes a fraction of a millisecond a word).
  if (!AGENT_SHAPE.test(lower)) return false;
  let known = actorNouns.get(lower);
  if (known === undefined) {
    const capitalised = lower.charAt(0).toUpperCase() + lower.slice(1);
    // A word no English word list holds is a name, whatever its ending ("Palmqvist", "Lindqvist"), not a calling.
    known = isEnglishWord(lower) && nlpCompromise(lower).has('#Actor') && !nlpCompromise(lower).has('#Plural') && !nlpCompromise(capitalised).has('#Person');
    actorNouns.set(lower, known);
  }
  return known;
}

/** A title or role word, or an honorific with or without its full stop. */
export function isTitleWord(word: string): boolean {
  const lower = word.toLowerCase();
  return TITLE_WORDS.has(lower) || HONORIFICS.has(lower.replace(/\.$/, '')) || isRoleNoun(word);
}

/** Whether a word is an honorific ("Mr", "Mrs.", "Dr"). */
export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase().replace(/\.$/, ''));
}

/** Words that make a name an organisation ("Oval Office", "European Union", "Associated Press"). */
export const ORGANIZATION_WORDS: ReadonlySet<string> = new Set([
  'house', 'office', 'ministry', 'department', 'council', 'union', 'organization', 'organisation', 'agency', 'press',
  'news', 'center', 'centre', 'institute', 'party', 'administration', 'committee', 'bank', 'fund', 'commission',
  'parliament', 'senate', 'congress', 'court', 'army', 'navy', 'forces', 'government', 'guard', 'university',
  'foundation', 'corporation', 'corp.', 'inc.', 'ltd.', 'group', 'times', 'post', 'journal', 'network', 'service',
  'services', 'alliance', 'association', 'league', 'federation', 'board', 'cabinet', 'embassy', 'mission',
  'coalition', 'company', 'media', 'broadcasting', 'television', 'radio', 'tribune', 'herald', 'gazette',
  'telegraph', 'guardian', 'wire', 'daily', 'weekly', 'magazine', 'channel', 'tv',
]);

/**
 * Words that mark an organisation as a news outlet or agency ("FOX News", "The Associated
 * Press"). Outlets without such a word are recognised from context instead ("cited by X",
 * "an interview with X", "X reported").
 */
export const OUTLET_WORDS: ReadonlySet<string> = new Set([
  'news', 'press', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'telegraph', 'guardian', 'wire',
  'daily', 'weekly', 'magazine', 'channel', 'tv', 'television', 'radio', 'broadcasting', 'media', 'network',
  'agency', 'newspaper', 'reporting',
]);

/** Day and month names: capitalised, but dates, not names. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.',
]);

/** Lower-case words allowed inside a multi-word name ("Center for European Policy Analysis"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'de', 'del', 'der', 'van', 'von', 'al', 'bin', 'and', 'the', 'on']);

/**
 * Lower-case particles inside personal names ("Pieter van der Berg", "María de la Cruz", "Samira
 * al-Haddad", "Yusuf bin Daud"): name grammar of Dutch, German, Romance, Arabic and Malay names,
 * not words of any one article. They belong to a name only in a chain that ends in a capitalised
 * name word (`particleChainEnd` in names.ts).
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([
  'van', 'von', 'der', 'den', 'ter', 'ten', 'de', 'del', 'della', 'di', 'da', 'das', 'dos', 'du', 'la', 'le', 'bin', 'binti', 'ibn', 'al', 'el',
]);

/** Lower-case nouns that turn a preceding name into an institution ("Lopez administration"). */
export const INSTITUTION_SUFFIXES: ReadonlySet<string> = new Set(['administration', 'government', 'campaign', 'cabinet', 'regime', 'team', 'camp']);

/** Nouns for documents that speak for their issuer ("the ministry's readout", "a government statement"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'readout', 'statement', 'summary', 'report', 'transcript', 'release', 'communique', 'communiqué', 'memo', 'letter',
  'post', 'tweet', 'briefing', 'announcement', 'declaration', 'interview', 'translation', 'account', 'version',
]);

/**
 * Nouns for a rendering of someone's words into another language ("according to a translation provided by
 * X", "through an interpreter"): who translated is not who spoke, in any language pair.
 */
export const TRANSLATION_NOUNS: ReadonlySet<string> = new Set(['translation', 'translations', 'translator', 'translators', 'interpreter', 'interpreters', 'interpretation']);

/** Nouns and phrases for sources the article does not name ("officials", "a source"). */
export const UNNAMED_SOURCE_NOUNS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'insider', 'insiders', 'aide', 'aides', 'diplomat',
  'diplomats', 'analyst', 'analysts', 'expert', 'experts', 'observer', 'observers', 'critic', 'critics', 'some',
  'others', 'many', 'witness', 'witnesses', 'residents', 'spokesman', 'spokeswoman', 'spokesperson', 'commentators',
]);
