import rightsPack from '../generated/data/rights.js';

export { rightsPack };
