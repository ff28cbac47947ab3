import { stemmer } from '@orama/stemmers/english';
import { stopwords } from '@orama/stopwords/english';
import lexicon from '../../../generated/lexicon/en.js';
import { QueryLanguage } from '../query-language.js';

export default new QueryLanguage(lexicon, { stem: stemmer, stopwords });
