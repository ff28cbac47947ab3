import { defineElement } from '../../core/define.js';
import { KannerServiceFinder } from './kanner-service-finder.js';

defineElement('kanner-service-finder', KannerServiceFinder);

export { KannerServiceFinder };
