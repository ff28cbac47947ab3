import { defineElement } from '../../core/define.js';
import { KannerRightsExplainer } from './kanner-rights-explainer.js';

defineElement('kanner-rights-explainer', KannerRightsExplainer);

export { KannerRightsExplainer };
