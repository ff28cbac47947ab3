import { defineElement } from '../../core/define.js';
import { KannerParentsForum } from './kanner-parents-forum.js';

defineElement('kanner-parents-forum', KannerParentsForum);

export { KannerParentsForum };
