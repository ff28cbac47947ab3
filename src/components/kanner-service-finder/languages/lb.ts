// Luxembourgish has no published stemmer or stop-word list: both are in the lexicon and
// query-language.ts (the n-rule normaliser), and compounds are split as in German.
import lexicon from '../../../generated/lexicon/lb.js';
import { luxembourgish, QueryLanguage } from '../query-language.js';

export default new QueryLanguage(lexicon, { normalize: luxembourgish, compounds: true });
