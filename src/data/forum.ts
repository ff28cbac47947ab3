import forumPack from '../generated/data/forum.js';

export { forumPack };
