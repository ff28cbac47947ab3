import { stemmer } from '@orama/stemmers/french';
import { stopwords } from '@orama/stopwords/french';
import lexicon from '../../../generated/lexicon/fr.js';
import { QueryLanguage } from '../query-language.js';

export default new QueryLanguage(lexicon, { stem: stemmer, stopwords });
