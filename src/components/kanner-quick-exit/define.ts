import { defineElement } from '../../core/define.js';
import { KannerQuickExit } from './kanner-quick-exit.js';

defineElement('kanner-quick-exit', KannerQuickExit);

export { KannerQuickExit };
