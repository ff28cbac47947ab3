import { stemmer } from '@orama/stemmers/portuguese';
import { stopwords } from '@orama/stopwords/portuguese';
import lexicon from '../../../generated/lexicon/pt.js';
import { QueryLanguage } from '../query-language.js';

export default new QueryLanguage(lexicon, { stem: stemmer, stopwords });
