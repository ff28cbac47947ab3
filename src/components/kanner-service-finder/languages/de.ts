import { stemmer } from '@orama/stemmers/german';
import { stopwords } from '@orama/stopwords/german';
import lexicon from '../../../generated/lexicon/de.js';
import { german, QueryLanguage } from '../query-language.js';

export default new QueryLanguage(lexicon, { stem: stemmer, stopwords, normalize: german, compounds: true });
