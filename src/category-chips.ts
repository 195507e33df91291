import { CategoryChips } from './category-chips/category-chips.js';

CategoryChips.define();

export { CategoryChips };
export { CATEGORY_TIERS } from './category-chips/category-chips.js';
export type {
  CategoryChipsToggleDetail,
  CategoryInput,
  CategoryItem,
  CategoryTier,
} from './category-chips/category-chips.js';
