import directoryPack from '../generated/data/directory.js';

export { directoryPack };
