import { defineElement } from '../../core/define.js';
import { KannerHotlineBanner } from './kanner-hotline-banner.js';

defineElement('kanner-hotline-banner', KannerHotlineBanner);

export { KannerHotlineBanner };
